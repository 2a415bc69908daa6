using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>The values decoded so far, hidden ones included, in first-definition order.</summary>
internal sealed class DecodedValues
{
    private readonly List<(string Name, JsonNode? Value, bool Hidden)> entries = [];
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => entries.Select(entry => entry.Name);

    public void Set(string name, JsonNode? value, bool hidden)
    {
        if (positions.TryGetValue(name, out var position))
        {
            entries[position] = (name, value, hidden);
            return;
        }

        positions[name] = entries.Count;
        entries.Add((name, value, hidden));
    }

    public bool TryGet(string name, out JsonNode? value)
    {
        var found = positions.TryGetValue(name, out var position);
        value = found ? entries[position].Value : null;
        return found;
    }

    public JsonObject ToOutput()
    {
        var output = new JsonObject();
        foreach (var (name, value, hidden) in entries)
        {
            if (!hidden)
            {
                output[name] = Normalise(value?.DeepClone());
            }
        }

        return output;
    }

    /// <summary>Numbers compare by value, texts ordinally, booleans and null by kind.</summary>
    public static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (LayoutNodes.ToDecimal(left) is { } a && LayoutNodes.ToDecimal(right) is { } b)
        {
            return a == b;
        }

        var kind = left.GetValueKind();
        return kind == right.GetValueKind() && kind switch
        {
            JsonValueKind.String =>
                string.Equals(left.GetValue<string>(), right.GetValue<string>(), StringComparison.Ordinal),
            JsonValueKind.True or JsonValueKind.False => true,
            _ => JsonNode.DeepEquals(left, right),
        };
    }

    /// <summary>A value as a template shows it: numbers without trailing zeros, booleans in lower case.</summary>
    public static string Text(JsonNode? value) => value switch
    {
        null => "null",
        _ when LayoutNodes.ToDecimal(value) is { } number => Trim(number).ToString(CultureInfo.InvariantCulture),
        _ when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    /// <summary>
    /// Drops trailing zeros (3.3440 → 3.344, -10.0 → -10), so outputs read as the vendor writes them.
    /// </summary>
    public static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;

    private static JsonNode? Normalise(JsonNode? value) =>
        value is JsonValue && LayoutNodes.ToDecimal(value) is { } number ? JsonValue.Create(Trim(number)) : value;
}
