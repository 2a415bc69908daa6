// Never returns: the hub must refuse it at registration, since its examples cannot pass.
function decodeUplink(input) {
  while (true) { }
}
