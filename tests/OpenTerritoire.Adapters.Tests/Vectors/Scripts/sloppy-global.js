function decodeUplink(input) {
  leaked = input.fPort;
  return { data: { port: leaked } };
}
