function decodeUplink(input) {
  while (true) {
  }
}
