using System.Globalization;
using System.Text.Json.Nodes;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>The part of the codec that reads one field and applies its transforms.</summary>
public sealed partial class ByteLayoutCodec
{
    private static Issue? DecodeFields(
        IReadOnlyList<ByteLayoutField> fields,
        ReadOnlySpan<byte> bytes,
        int start,
        DecodedValues values,
        List<string> warnings)
    {
        foreach (var field in fields)
        {
            if (field.When is { } when && !Holds(when, values))
            {
                if (field.HasOtherwise)
                {
                    values.Set(field.Name, field.Otherwise?.DeepClone(), field.Hidden);
                }

                continue;
            }

            var count = field.Repeat?.Count ?? 1;
            for (var repeat = 0; repeat < count; repeat++)
            {
                var name = field.Repeat is null ? field.Name : RepeatName(field.Name, repeat + 1);
                var offset = start + field.Offset + (repeat * (field.Repeat?.Stride ?? 0));
                var bitOffset = (field.Bits?.Offset ?? 0) + (repeat * (field.Repeat?.BitStride ?? 0));
                if (field.Source == FieldSource.Payload)
                {
                    var needed = offset + ReadSize(field, bitOffset);
                    if (needed > bytes.Length)
                    {
                        return CodecIssues.PayloadTooShort(bytes.Length, needed);
                    }
                }

                if (!TryRead(field, bytes, offset, bitOffset, values, warnings, out var raw))
                {
                    continue;
                }

                var value = Transform(field, name, raw, warnings);
                if (field.Expect is { } expected && !DecodedValues.AreEqual(value, expected))
                {
                    return CodecIssues.UnexpectedValue(
                        offset,
                        name,
                        DecodedValues.Text(value),
                        DecodedValues.Text(expected));
                }

                values.Set(name, value, field.Hidden);
            }
        }

        return null;
    }

    private static int ReadSize(ByteLayoutField field, int bitOffset) => field.Bits is { } bits
        ? (bitOffset + bits.Length + 7) / 8
        : PayloadReader.Size(field.Type ?? FieldType.U8, field.Length);

    private static bool TryRead(
        ByteLayoutField field,
        ReadOnlySpan<byte> bytes,
        int offset,
        int bitOffset,
        DecodedValues values,
        List<string> warnings,
        out JsonNode? raw)
    {
        raw = null;
        switch (field.Source)
        {
            case FieldSource.Constant:
                raw = field.Constant?.DeepClone();
                return true;
            case FieldSource.PayloadLength:
                raw = JsonValue.Create((decimal)bytes.Length);
                return true;
            case FieldSource.Field:
                // A field left out by its condition leaves nothing to copy.
                var found = values.TryGet(field.From!, out var source); // the parser requires From for this source
                raw = source?.DeepClone();
                return found;
            case FieldSource.Sum:
                var total = values.Names
                    .Where(name => field.Sum.Any(term => Matches(term, name)))
                    .Select(name => values.TryGet(name, out var term) ? LayoutNodes.ToDecimal(term) : null)
                    .Sum(term => term ?? 0m);
                raw = JsonValue.Create(total);
                return true;
            case FieldSource.Template:
                raw = JsonValue.Create(ByteLayoutParser.Placeholder().Replace(
                    field.Template!, // the parser requires Template for this source
                    match => values.TryGet(match.Groups[1].Value, out var part)
                        ? DecodedValues.Text(part)
                        : string.Empty));
                return true;
            default:
                raw = ReadPayload(field, bytes, offset, bitOffset, warnings);
                return true;
        }
    }

    private static JsonNode? ReadPayload(
        ByteLayoutField field,
        ReadOnlySpan<byte> bytes,
        int offset,
        int bitOffset,
        List<string> warnings)
    {
        var signed = PayloadReader.IsSigned(field.Type);
        if (field.Bits is { } bits)
        {
            var value = PayloadReader.Bits(bytes, offset, bitOffset, bits, signed);
            return field.Type == FieldType.Bool ? JsonValue.Create(value != 0) : JsonValue.Create((decimal)value);
        }

        var type = field.Type ?? FieldType.U8;
        switch (type)
        {
            case FieldType.Bool:
                return JsonValue.Create(bytes[offset] != 0);
            case FieldType.Hex:
                return JsonValue.Create(PayloadReader.Hex(bytes, offset, field.Length));
            case FieldType.Ascii:
                return JsonValue.Create(PayloadReader.Ascii(bytes, offset, field.Length));
            case FieldType.F32:
                var single = PayloadReader.Single(bytes, offset, field.LittleEndian);
                if (!float.IsFinite(single))
                {
                    warnings.Add($"Field '{field.Name}' is not a finite number.");
                    return null;
                }

                // Through the shortest round-trip text, so 22.6f reads 22.6 rather than 22.6000003814697.
                return JsonValue.Create(decimal.Parse(
                    single.ToString("R", CultureInfo.InvariantCulture),
                    NumberStyles.Float,
                    CultureInfo.InvariantCulture));
            default:
                var size = PayloadReader.Size(type, field.Length);
                var integer = PayloadReader.Integer(bytes, offset, size, field.LittleEndian, signed);
                return JsonValue.Create((decimal)integer);
        }
    }

    private static JsonNode? Transform(ByteLayoutField field, string name, JsonNode? raw, List<string> warnings)
    {
        var value = raw;
        if ((field.Mask is not null || field.EqualsValue is not null) && LayoutNodes.ToDecimal(value) is { } masked)
        {
            var integer = (long)masked & (field.Mask ?? -1L);
            value = field.EqualsValue is { } equals
                ? JsonValue.Create(integer == equals)
                : JsonValue.Create((decimal)integer);
        }

        if ((field.Scale is not null || field.Add is not null) && LayoutNodes.ToDecimal(value) is { } linear)
        {
            value = JsonValue.Create((linear * (field.Scale ?? 1m)) + (field.Add ?? 0m));
        }

        if (!field.Piecewise.IsEmpty && LayoutNodes.ToDecimal(value) is { } piecewise)
        {
            value = Piecewise(field, name, piecewise, warnings);
        }

        if (field.Lookup is { } lookup && LayoutNodes.ToDecimal(value) is { } key)
        {
            var text = DecodedValues.Trim(key).ToString(CultureInfo.InvariantCulture);
            if (lookup.TryGetValue(text, out var named))
            {
                value = named?.DeepClone();
            }
            else
            {
                warnings.Add($"Field '{name}': the value {text} has no name.");
                value = null;
            }
        }

        if (field.Timestamp is { } unit && LayoutNodes.ToDecimal(value) is { } stamp)
        {
            var milliseconds = unit == "unix-seconds" ? stamp * 1000m : stamp;
            value = milliseconds is >= -62_135_596_800_000m and <= 253_402_300_799_999m
                ? JsonValue.Create(DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds)
                    .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
                : null;
        }

        return value;
    }

    private static JsonNode? Piecewise(ByteLayoutField field, string name, decimal value, List<string> warnings)
    {
        foreach (var segment in field.Piecewise)
        {
            if (!segment.Contains(value))
            {
                continue;
            }

            if (segment.HasConstant)
            {
                return segment.Constant?.DeepClone();
            }

            return segment.Base is { } origin
                ? JsonValue.Create(origin + ((value - (segment.From ?? 0m)) * segment.Step))
                : JsonValue.Create(value);
        }

        var text = DecodedValues.Trim(value).ToString(CultureInfo.InvariantCulture);
        warnings.Add($"Field '{name}': the value {text} is outside every range.");
        return null;
    }
}
