using System.Globalization;
using System.Text.Json.Nodes;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// Checks a layout's JSON tree and builds the <see cref="ByteLayout"/>; every fault is reported at once.
/// </summary>
internal sealed partial class ByteLayoutParser
{
    private readonly LayoutNodes nodes = new();
    private bool defaultLittleEndian;
    private bool defaultLsbFirst = true;

    // Names of fields already defined in the current port, so references only look backwards.
    private readonly List<string> known = [];

    public static Result<ByteLayout> Parse(JsonNode root)
    {
        var parser = new ByteLayoutParser();
        var layout = parser.ParseLayout(root);
        return parser.nodes.Issues.Count > 0 || layout is null
            ? Result.Failure<ByteLayout>(parser.nodes.Issues.Count > 0
                ? parser.nodes.Issues
                : [CodecIssues.BadLayout(string.Empty, "the layout is empty")])
            : Result.Success(layout);
    }

    private ByteLayout? ParseLayout(JsonNode root)
    {
        if (nodes.Object(root, string.Empty) is not { } obj)
        {
            return null;
        }

        nodes.OnlyKeys(
            obj,
            string.Empty,
            "model", "vendor", "name", "description", "source", "endian", "bitOrder", "ports");
        var model = nodes.String(obj, "model", "/model", required: true);
        var name = nodes.String(obj, "name", "/name");
        defaultLittleEndian = Endian(obj, "/endian", fallback: false);
        defaultLsbFirst = BitOrder(obj, "/bitOrder", fallback: true);
        var ports = new List<ByteLayoutPort>();
        if (nodes.Array(obj, "ports", "/ports", required: true) is { } array)
        {
            for (var index = 0; index < array.Count; index++)
            {
                var pointer = Pointer("/ports", index);
                if (ParsePort(array[index], pointer) is { } port)
                {
                    if (ports.Any(existing => existing.FPort == port.FPort))
                    {
                        nodes.Fail(pointer + "/fPort", "another port has the same number");
                    }

                    ports.Add(port);
                }
            }

            if (array.Count == 0)
            {
                nodes.Fail("/ports", "at least one port is required");
            }
        }

        return model is null ? null : new ByteLayout(model, name, ports);
    }

    private ByteLayoutPort? ParsePort(JsonNode? node, string pointer)
    {
        if (nodes.Object(node, pointer) is not { } obj)
        {
            return null;
        }

        known.Clear();
        nodes.OnlyKeys(obj, pointer, "fPort", "description", "length", "fields", "tlv", "warnings");
        var fPort = nodes.Integer(obj, "fPort", pointer + "/fPort", 0, 255);
        if (fPort is null && !obj.ContainsKey("fPort"))
        {
            nodes.Fail(pointer + "/fPort", "is required");
        }

        var length = nodes.Integer(obj, "length", pointer + "/length", 0, 255);
        var fields = ParseFields(obj, pointer, required: !obj.ContainsKey("tlv"));
        var tlv = obj.TryGetPropertyValue("tlv", out var tlvNode) ? ParseTlv(tlvNode, pointer + "/tlv") : null;
        var warnings = new List<ByteLayoutWarning>();
        if (nodes.Array(obj, "warnings", pointer + "/warnings", required: false) is { } array)
        {
            for (var index = 0; index < array.Count; index++)
            {
                var itemPointer = Pointer(pointer + "/warnings", index);
                if (nodes.Object(array[index], itemPointer) is not { } warning)
                {
                    continue;
                }

                nodes.OnlyKeys(warning, itemPointer, "when", "message");
                var condition = ParseCondition(warning, itemPointer + "/when", required: true);
                var message = nodes.String(warning, "message", itemPointer + "/message", required: true);
                if (condition is not null && message is not null)
                {
                    warnings.Add(new ByteLayoutWarning(condition, message));
                }
            }
        }

        return fPort is null ? null : new ByteLayoutPort((int)fPort, (int?)length, fields, tlv, warnings);
    }

    private List<ByteLayoutField> ParseFields(JsonObject parent, string pointer, bool required)
    {
        var fields = new List<ByteLayoutField>();
        if (nodes.Array(parent, "fields", pointer + "/fields", required) is not { } array)
        {
            return fields;
        }

        for (var index = 0; index < array.Count; index++)
        {
            if (ParseField(array[index], Pointer(pointer + "/fields", index)) is { } field)
            {
                fields.Add(field);
                known.AddRange(ExpandNames(field));
            }
        }

        return fields;
    }

    private ByteLayoutTlv? ParseTlv(JsonNode? node, string pointer)
    {
        if (nodes.Object(node, pointer) is not { } obj)
        {
            return null;
        }

        nodes.OnlyKeys(obj, pointer, "keyLength", "entries");
        var keyLength = (int)(nodes.Integer(obj, "keyLength", pointer + "/keyLength", 1, 2) ?? 1);
        var entries = new Dictionary<string, ByteLayoutTlvEntry>(StringComparer.Ordinal);
        if (nodes.Array(obj, "entries", pointer + "/entries", required: true) is not { } array)
        {
            return null;
        }

        for (var index = 0; index < array.Count; index++)
        {
            var entryPointer = Pointer(pointer + "/entries", index);
            if (nodes.Object(array[index], entryPointer) is not { } entry)
            {
                continue;
            }

            nodes.OnlyKeys(entry, entryPointer, "key", "description", "length", "fields");
            var key = nodes.String(entry, "key", entryPointer + "/key", required: true)?.ToUpperInvariant();
            if (key is not null && (key.Length != keyLength * 2 || !key.All(char.IsAsciiHexDigit)))
            {
                nodes.Fail(entryPointer + "/key", $"expected {keyLength * 2} hexadecimal digits");
                key = null;
            }

            var fields = ParseFields(entry, entryPointer, required: true);
            var extent = fields.Count == 0 ? 0 : fields.Max(ByteLayoutCodec.Extent);
            var length = (int)(nodes.Integer(entry, "length", entryPointer + "/length", 0, 255) ?? extent);
            if (length < extent)
            {
                nodes.Fail(entryPointer + "/length", $"the fields need {extent} bytes");
            }

            if (key is not null && !entries.TryAdd(key, new ByteLayoutTlvEntry(key, length, fields)))
            {
                nodes.Fail(entryPointer + "/key", "another entry has the same key");
            }
        }

        return new ByteLayoutTlv(keyLength, entries);
    }

    private FieldCondition? ParseCondition(JsonObject parent, string pointer, bool required)
    {
        if (!parent.TryGetPropertyValue("when", out var node) || node is null)
        {
            if (required)
            {
                nodes.Fail(pointer, "is required");
            }

            return null;
        }

        if (nodes.Object(node, pointer) is not { } obj)
        {
            return null;
        }

        nodes.OnlyKeys(obj, pointer, "field", "equals", "notEquals", "atLeast", "below");
        var field = nodes.String(obj, "field", pointer + "/field", required: true);
        CheckKnown(field, pointer + "/field");
        var operators = new (string Key, ConditionOperator Operator)[]
        {
            ("equals", ConditionOperator.Equals),
            ("notEquals", ConditionOperator.NotEquals),
            ("atLeast", ConditionOperator.AtLeast),
            ("below", ConditionOperator.Below),
        };
        var present = operators.Where(candidate => obj.ContainsKey(candidate.Key)).ToList();
        if (present.Count != 1)
        {
            nodes.Fail(pointer, "expected exactly one of equals, notEquals, atLeast, below");
            return null;
        }

        var (key, op) = present[0];
        var operand = obj[key]?.DeepClone();
        if (op is ConditionOperator.AtLeast or ConditionOperator.Below && LayoutNodes.ToDecimal(operand) is null)
        {
            nodes.Fail(pointer + "/" + key, "expected a number");
        }

        return field is null ? null : new FieldCondition(field, op, operand);
    }

    private void CheckKnown(string? name, string pointer)
    {
        if (name is not null && !known.Contains(name, StringComparer.Ordinal))
        {
            nodes.Fail(pointer, $"no earlier field is named '{name}'");
        }
    }

    private bool Endian(JsonObject obj, string pointer, bool fallback) =>
        nodes.String(obj, pointer[(pointer.LastIndexOf('/') + 1)..], pointer) switch
        {
            null => fallback,
            "little" => true,
            "big" => false,
            _ => Invalid(pointer, "expected 'little' or 'big'", fallback),
        };

    private bool BitOrder(JsonObject obj, string pointer, bool fallback) =>
        nodes.String(obj, pointer[(pointer.LastIndexOf('/') + 1)..], pointer) switch
        {
            null => fallback,
            "lsb" => true,
            "msb" => false,
            _ => Invalid(pointer, "expected 'lsb' or 'msb'", fallback),
        };

    private bool Invalid(string pointer, string detail, bool fallback)
    {
        nodes.Fail(pointer, detail);
        return fallback;
    }

    private static IEnumerable<string> ExpandNames(ByteLayoutField field) => field.Repeat is { } repeat
        ? Enumerable.Range(1, repeat.Count).Select(n => ByteLayoutCodec.RepeatName(field.Name, n))
        : [field.Name];

    private static string Pointer(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}/{index}");
}
