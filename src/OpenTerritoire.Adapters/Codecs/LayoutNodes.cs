using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>Typed reads from a layout's JSON tree, collecting <c>codec.bad-layout</c> issues with pointers.</summary>
internal sealed class LayoutNodes
{
    private readonly List<Issue> issues = [];

    public IReadOnlyList<Issue> Issues => issues;

    public void Fail(string pointer, string detail) => issues.Add(CodecIssues.BadLayout(pointer, detail));

    /// <summary>
    /// Reports every property outside <paramref name="allowed"/>, so a misspelt key is never ignored.
    /// </summary>
    public void OnlyKeys(JsonObject obj, string pointer, params string[] allowed)
    {
        foreach (var (key, _) in obj)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Fail(pointer + "/" + key, $"unknown key '{key}' (expected one of {string.Join(", ", allowed)})");
            }
        }
    }

    public JsonObject? Object(JsonNode? node, string pointer)
    {
        if (node is JsonObject obj)
        {
            return obj;
        }

        Fail(pointer, "expected a mapping");
        return null;
    }

    public JsonArray? Array(JsonObject parent, string name, string pointer, bool required)
    {
        if (!parent.TryGetPropertyValue(name, out var node) || node is null)
        {
            if (required)
            {
                Fail(pointer, "is required");
            }

            return null;
        }

        if (node is JsonArray array)
        {
            return array;
        }

        Fail(pointer, "expected a list");
        return null;
    }

    public string? String(JsonObject parent, string name, string pointer, bool required = false)
    {
        if (!parent.TryGetPropertyValue(name, out var node) || node is null)
        {
            if (required)
            {
                Fail(pointer, "is required");
            }

            return null;
        }

        if (node.GetValueKind() == JsonValueKind.String && node.GetValue<string>() is { Length: > 0 } text)
        {
            return text;
        }

        Fail(pointer, "expected a non-empty text");
        return null;
    }

    public decimal? Decimal(JsonObject parent, string name, string pointer)
    {
        if (!parent.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        if (ToDecimal(node) is { } value)
        {
            return value;
        }

        Fail(pointer, "expected a number");
        return null;
    }

    public long? Integer(JsonObject parent, string name, string pointer, long minimum, long maximum)
    {
        var value = Decimal(parent, name, pointer);
        if (value is null)
        {
            return null;
        }

        if (value != decimal.Truncate(value.Value) || value < minimum || value > maximum)
        {
            Fail(
                pointer,
                string.Create(CultureInfo.InvariantCulture, $"expected an integer from {minimum} to {maximum}"));
            return null;
        }

        return (long)value.Value;
    }

    public bool Boolean(JsonObject parent, string name, string pointer)
    {
        if (!parent.TryGetPropertyValue(name, out var node) || node is null)
        {
            return false;
        }

        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return node.GetValue<bool>();
        }

        Fail(pointer, "expected true or false");
        return false;
    }

    /// <summary>The number a JSON value holds, whether parsed from JSON or built from a decimal.</summary>
    public static decimal? ToDecimal(JsonNode? node) =>
        node is JsonValue value
        && value.GetValueKind() == JsonValueKind.Number
        && value.TryGetValue<decimal>(out var number)
            ? number
            : null;
}
