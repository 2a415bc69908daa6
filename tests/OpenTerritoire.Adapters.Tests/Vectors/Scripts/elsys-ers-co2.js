// OpenTerritoire test codec for an Elsys ERS CO2, written from the documented TLV layout:
// one type byte, then a big-endian value (0x01 temperature int16 / 10, 0x02 humidity %, 0x04 light uint16 lux,
// 0x05 motion count, 0x06 CO2 uint16 ppm).
var LENGTHS = { 1: 2, 2: 1, 4: 2, 5: 1, 6: 2 };

function readUint16(bytes, i) {
  return (bytes[i] << 8) | bytes[i + 1];
}

function decodeUplink(input) {
  var bytes = input.bytes;
  var data = {};
  var warnings = [];
  if (input.fPort !== 1) {
    return { errors: ['unsupported port ' + input.fPort] };
  }
  for (var i = 0; i < bytes.length; ) {
    var type = bytes[i++];
    var length = LENGTHS[type];
    if (length === undefined) {
      return { errors: ['unknown type 0x' + type.toString(16) + ' at byte ' + (i - 1)] };
    }
    if (i + length > bytes.length) {
      return { errors: ['payload too short'] };
    }
    switch (type) {
      case 1:
        var raw = readUint16(bytes, i);
        data.temperature = (raw > 0x7fff ? raw - 0x10000 : raw) / 10;
        break;
      case 2:
        data.humidity = bytes[i];
        break;
      case 4:
        data.light = readUint16(bytes, i);
        break;
      case 5:
        data.motion = bytes[i];
        break;
      case 6:
        data.co2 = readUint16(bytes, i);
        if (data.co2 > 5000) {
          warnings.push('co2 above sensor range');
        }
        break;
    }
    i += length;
  }
  return { data: data, warnings: warnings };
}
