// Passes its one example, then misbehaves on other input: loops forever on 0xFF, throws on 0xFE.
function decodeUplink(input) {
  if (input.bytes[0] === 255) {
    while (true) { }
  }
  if (input.bytes[0] === 254) {
    throw new Error('unexpected frame');
  }
  return { data: { state: 'free' }, warnings: [], errors: [] };
}
