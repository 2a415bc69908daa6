function decodeUplink(input) {
  return { data: { value: eval('1 + 1') } };
}
