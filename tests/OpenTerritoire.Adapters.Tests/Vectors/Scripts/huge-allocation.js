function decodeUplink(input) {
  var chunks = [];
  for (;;) {
    chunks.push(new Array(1000000).fill(input.fPort));
  }
}
