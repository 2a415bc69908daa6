function decodeUplink(input) {
  throw new Error('byte 3 is not a known header');
}
