function decodeDownlink(input) {
  return { bytes: [], fPort: 1 };
}
