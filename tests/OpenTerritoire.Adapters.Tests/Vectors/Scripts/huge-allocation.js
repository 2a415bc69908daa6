function decodeUplink(input) {
  var chunks = [];
  for (;;) {
    chunks.push(new Array(100000).fill(input.fPort));
  }
}
