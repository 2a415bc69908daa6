function decodeUplink(input) {
  return { data: [1, 2, 3] };
}
