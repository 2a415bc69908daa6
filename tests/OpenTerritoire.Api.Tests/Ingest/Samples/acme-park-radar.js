// A radar parking sensor's decoder in The Things Network device repository form: byte 0 is 1 when a car is there.
function decodeUplink(input) {
  if (input.bytes.length < 1) {
    return { errors: ['empty payload'] };
  }
  return { data: { state: input.bytes[0] === 1 ? 'busy' : 'free' }, warnings: [], errors: [] };
}
