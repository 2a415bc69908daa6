function decodeUplink(input) {
  return 42;
}
