function decodeUplink(input) {
  var f = Function('return 42');
  return { data: { value: f() } };
}
