function decodeUplink(input) {
  return { data: { a: 1 };
}
