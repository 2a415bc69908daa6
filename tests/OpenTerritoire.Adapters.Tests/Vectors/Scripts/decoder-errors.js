function decodeUplink(input) {
  return { errors: ['unsupported port ' + input.fPort, 'payload too short'] };
}
