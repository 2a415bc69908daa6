using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>The part of the parser that reads one field.</summary>
internal sealed partial class ByteLayoutParser
{
    private static readonly string[] FieldKeys =
    [
        "name", "description", "unit", "offset", "type", "length", "endian", "bits", "bitOrder", "repeat",
        "const", "from", "sum", "template", "payloadLength", "mask", "equals", "scale", "add", "piecewise",
        "lookup", "timestamp", "expect", "hidden", "when", "otherwise",
    ];

    private static readonly Dictionary<string, FieldType> Types = new(StringComparer.Ordinal)
    {
        ["u8"] = FieldType.U8,
        ["u16"] = FieldType.U16,
        ["u24"] = FieldType.U24,
        ["u32"] = FieldType.U32,
        ["i8"] = FieldType.I8,
        ["i16"] = FieldType.I16,
        ["i24"] = FieldType.I24,
        ["i32"] = FieldType.I32,
        ["f32"] = FieldType.F32,
        ["bool"] = FieldType.Bool,
        ["hex"] = FieldType.Hex,
        ["ascii"] = FieldType.Ascii,
    };

    private ByteLayoutField? ParseField(JsonNode? node, string pointer)
    {
        if (nodes.Object(node, pointer) is not { } obj)
        {
            return null;
        }

        nodes.OnlyKeys(obj, pointer, FieldKeys);
        var name = nodes.String(obj, "name", pointer + "/name", required: true);
        var source = ReadSource(obj, pointer);
        var when = ParseCondition(obj, pointer + "/when", required: false);
        if (name is null || source is null)
        {
            return null;
        }

        var field = new ByteLayoutField(name, source.Value)
        {
            Hidden = nodes.Boolean(obj, "hidden", pointer + "/hidden"),
            When = when,
            HasOtherwise = obj.ContainsKey("otherwise"),
            Otherwise = obj["otherwise"]?.DeepClone(),
            Expect = obj["expect"]?.DeepClone(),
            Mask = nodes.Integer(obj, "mask", pointer + "/mask", 0, uint.MaxValue),
            EqualsValue = nodes.Integer(obj, "equals", pointer + "/equals", 0, uint.MaxValue),
            Scale = nodes.Decimal(obj, "scale", pointer + "/scale"),
            Add = nodes.Decimal(obj, "add", pointer + "/add"),
            Piecewise = ParsePiecewise(obj, pointer + "/piecewise"),
            Lookup = ParseLookup(obj, pointer + "/lookup"),
            Timestamp = ParseTimestamp(obj, pointer + "/timestamp"),
            Repeat = ParseRepeat(obj, pointer + "/repeat", name),
        };
        if (field.HasOtherwise && when is null)
        {
            nodes.Fail(pointer + "/otherwise", "only a field with 'when' has an 'otherwise'");
        }

        return source switch
        {
            FieldSource.Payload => WithPayload(field, obj, pointer),
            FieldSource.Constant => field with { Constant = obj["const"]?.DeepClone() },
            FieldSource.Field => WithFrom(field, obj, pointer),
            FieldSource.Sum => WithSum(field, obj, pointer),
            FieldSource.Template => WithTemplate(field, obj, pointer),
            _ => field,
        };
    }

    private FieldSource? ReadSource(JsonObject obj, string pointer)
    {
        var sources = new (string Key, FieldSource Source)[]
        {
            ("const", FieldSource.Constant),
            ("from", FieldSource.Field),
            ("sum", FieldSource.Sum),
            ("template", FieldSource.Template),
            ("payloadLength", FieldSource.PayloadLength),
            ("type", FieldSource.Payload),
        };
        var present = sources.Where(source => obj.ContainsKey(source.Key)).Select(source => source.Source).ToList();
        if (present.Count == 0 && obj.ContainsKey("bits"))
        {
            return FieldSource.Payload;
        }

        if (present.Count != 1)
        {
            nodes.Fail(pointer, "expected exactly one of type (or bits), const, from, sum, template, payloadLength");
            return null;
        }

        return present[0];
    }

    private ByteLayoutField WithPayload(ByteLayoutField field, JsonObject obj, string pointer)
    {
        FieldType? type = null;
        if (nodes.String(obj, "type", pointer + "/type") is { } typeName)
        {
            if (Types.TryGetValue(typeName, out var parsed))
            {
                type = parsed;
            }
            else
            {
                nodes.Fail(pointer + "/type", "expected one of " + string.Join(", ", Types.Keys));
            }
        }

        var length = (int)(nodes.Integer(obj, "length", pointer + "/length", 1, 255) ?? 0);
        if (type is FieldType.Hex or FieldType.Ascii && length == 0)
        {
            nodes.Fail(pointer + "/length", "hex and ascii fields need a length");
        }

        if (!obj.ContainsKey("offset"))
        {
            nodes.Fail(pointer + "/offset", "is required");
        }

        return field with
        {
            Type = type,
            Length = length,
            Offset = (int)(nodes.Integer(obj, "offset", pointer + "/offset", 0, 255) ?? 0),
            LittleEndian = Endian(obj, pointer + "/endian", defaultLittleEndian),
            Bits = ParseBits(obj, pointer, type),
        };
    }

    private BitRange? ParseBits(JsonObject obj, string pointer, FieldType? type)
    {
        if (!obj.TryGetPropertyValue("bits", out var node))
        {
            return null;
        }

        if (nodes.Object(node, pointer + "/bits") is not { } bits)
        {
            return null;
        }

        nodes.OnlyKeys(bits, pointer + "/bits", "offset", "length");
        var offset = nodes.Integer(bits, "offset", pointer + "/bits/offset", 0, 2040) ?? 0;
        var length = nodes.Integer(bits, "length", pointer + "/bits/length", 1, 32);
        if (length is null)
        {
            nodes.Fail(pointer + "/bits/length", "is required");
            return null;
        }

        if (type is FieldType.F32 or FieldType.Hex or FieldType.Ascii)
        {
            nodes.Fail(pointer + "/bits", "bits are read as integers or booleans only");
        }

        return new BitRange((int)offset, (int)length, BitOrder(obj, pointer + "/bitOrder", defaultLsbFirst));
    }

    private FieldRepeat? ParseRepeat(JsonObject obj, string pointer, string name)
    {
        if (!obj.TryGetPropertyValue("repeat", out var node) || nodes.Object(node, pointer) is not { } repeat)
        {
            return null;
        }

        nodes.OnlyKeys(repeat, pointer, "count", "stride", "bitStride");
        var count = nodes.Integer(repeat, "count", pointer + "/count", 1, 255);
        if (count is null)
        {
            nodes.Fail(pointer + "/count", "is required");
            return null;
        }

        if (!name.Contains("{n}", StringComparison.Ordinal))
        {
            nodes.Fail(pointer, "a repeated field's name needs '{n}'");
        }

        var stride = nodes.Integer(repeat, "stride", pointer + "/stride", 0, 255) ?? 0;
        var bitStride = nodes.Integer(repeat, "bitStride", pointer + "/bitStride", 0, 2040) ?? 0;
        return new FieldRepeat((int)count, (int)stride, (int)bitStride);
    }

    private ByteLayoutField WithFrom(ByteLayoutField field, JsonObject obj, string pointer)
    {
        var from = nodes.String(obj, "from", pointer + "/from", required: true);
        CheckKnown(from, pointer + "/from");
        return field with { From = from };
    }

    private ByteLayoutField WithSum(ByteLayoutField field, JsonObject obj, string pointer)
    {
        var terms = new List<string>();
        if (nodes.Array(obj, "sum", pointer + "/sum", required: true) is { } array)
        {
            for (var index = 0; index < array.Count; index++)
            {
                var itemPointer = Pointer(pointer + "/sum", index);
                if (array[index] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                {
                    var term = value.GetValue<string>();
                    if (!known.Any(name => ByteLayoutCodec.Matches(term, name)))
                    {
                        nodes.Fail(itemPointer, $"no earlier field matches '{term}'");
                    }

                    terms.Add(term);
                }
                else
                {
                    nodes.Fail(itemPointer, "expected a field name or pattern");
                }
            }
        }

        return field with { Sum = [.. terms] };
    }

    private ByteLayoutField WithTemplate(ByteLayoutField field, JsonObject obj, string pointer)
    {
        var template = nodes.String(obj, "template", pointer + "/template", required: true);
        foreach (Match match in Placeholder().Matches(template ?? string.Empty))
        {
            CheckKnown(match.Groups[1].Value, pointer + "/template");
        }

        return field with { Template = template };
    }

    private ImmutableArray<PiecewiseSegment> ParsePiecewise(JsonObject obj, string pointer)
    {
        if (nodes.Array(obj, "piecewise", pointer, required: false) is not { } array)
        {
            return [];
        }

        var segments = ImmutableArray.CreateBuilder<PiecewiseSegment>();
        for (var index = 0; index < array.Count; index++)
        {
            var itemPointer = Pointer(pointer, index);
            if (nodes.Object(array[index], itemPointer) is not { } segment)
            {
                continue;
            }

            nodes.OnlyKeys(segment, itemPointer, "from", "to", "value", "base", "step");
            var from = nodes.Decimal(segment, "from", itemPointer + "/from");
            var to = nodes.Decimal(segment, "to", itemPointer + "/to");
            var hasConstant = segment.ContainsKey("value");
            var baseValue = nodes.Decimal(segment, "base", itemPointer + "/base");
            var step = nodes.Decimal(segment, "step", itemPointer + "/step") ?? 1m;
            if (hasConstant && (baseValue is not null || segment.ContainsKey("step")))
            {
                nodes.Fail(itemPointer, "a segment has either a value, or a base and a step");
            }

            if (baseValue is not null && from is null)
            {
                nodes.Fail(itemPointer + "/from", "a segment with a base needs a start");
            }

            if (from > to)
            {
                nodes.Fail(itemPointer + "/to", "the range ends before it starts");
            }

            segments.Add(new PiecewiseSegment(from, to, hasConstant, segment["value"]?.DeepClone(), baseValue, step));
        }

        return segments.ToImmutable();
    }

    private ImmutableDictionary<string, JsonNode?>? ParseLookup(JsonObject obj, string pointer)
    {
        if (!obj.TryGetPropertyValue("lookup", out var node) || nodes.Object(node, pointer) is not { } lookup)
        {
            return null;
        }

        foreach (var (key, _) in lookup)
        {
            if (!long.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                nodes.Fail(pointer + "/" + key, "lookup keys are integers");
            }
        }

        return lookup.ToImmutableDictionary(pair => pair.Key, pair => pair.Value?.DeepClone(), StringComparer.Ordinal);
    }

    private string? ParseTimestamp(JsonObject obj, string pointer)
    {
        var timestamp = nodes.String(obj, "timestamp", pointer);
        if (timestamp is not (null or "unix-seconds" or "unix-milliseconds"))
        {
            nodes.Fail(pointer, "expected 'unix-seconds' or 'unix-milliseconds'");
            return null;
        }

        return timestamp;
    }

    [GeneratedRegex(@"\{([^{}]+)\}", RegexOptions.CultureInvariant)]
    internal static partial Regex Placeholder();
}
