using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>
/// Reads typed fields out of a network server message, collecting every issue instead of stopping at the first.
/// </summary>
/// <remarks>
/// Network servers encode their messages from protobuf, which omits fields equal to zero, false or empty: an absent
/// number or flag is read as 0 or false, never as an error, unless the field is marked required.
/// </remarks>
internal sealed class EnvelopeFields
{
    private readonly List<Issue> issues = [];

    public IReadOnlyList<Issue> Issues => issues;

    public bool HasErrors => issues.Count > 0;

    public void Add(Issue issue) => issues.Add(issue);

    /// <summary>A nested object, or null when absent; a value of another type is an issue.</summary>
    public JsonElement? Object(JsonElement parent, string name, string pointer, bool required = false) =>
        Get(parent, name, pointer, JsonValueKind.Object, "an object", required);

    /// <summary>An array, or null when absent.</summary>
    public JsonElement? Array(JsonElement parent, string name, string pointer) =>
        Get(parent, name, pointer, JsonValueKind.Array, "an array", required: false);

    public string? String(JsonElement parent, string name, string pointer, bool required = false) =>
        Get(parent, name, pointer, JsonValueKind.String, "a string", required)?.GetString();

    /// <summary>An integer; absent means 0.</summary>
    public long Integer(JsonElement parent, string name, string pointer)
    {
        var element = Get(parent, name, pointer, JsonValueKind.Number, "an integer", required: false);
        if (element is null)
        {
            return 0;
        }

        if (element.Value.TryGetInt64(out var value))
        {
            return value;
        }

        issues.Add(EnvelopeIssues.WrongType(pointer, "an integer", element.Value.GetRawText()));
        return 0;
    }

    /// <summary>A number, or null when absent.</summary>
    public double? Number(JsonElement parent, string name, string pointer) =>
        Get(parent, name, pointer, JsonValueKind.Number, "a number", required: false)?.GetDouble();

    /// <summary>A boolean; absent means false.</summary>
    public bool Boolean(JsonElement parent, string name, string pointer)
    {
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        issues.Add(EnvelopeIssues.WrongType(pointer, "a boolean", EnvelopeJson.KindName(element.ValueKind)));
        return false;
    }

    public DevEui? DevEui(JsonElement parent, string name, string pointer, bool required)
    {
        var text = String(parent, name, pointer, required);
        if (text is null)
        {
            return null;
        }

        if (Core.Ingestion.DevEui.TryParse(text, out var devEui))
        {
            return devEui;
        }

        issues.Add(EnvelopeIssues.BadDevEui(pointer, text));
        return null;
    }

    /// <summary>Base64 bytes; absent means an empty payload.</summary>
    public byte[] Base64(JsonElement parent, string name, string pointer)
    {
        var text = String(parent, name, pointer);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var buffer = new byte[(text.Length * 3 / 4) + 3];
        if (Convert.TryFromBase64String(text, buffer, out var written))
        {
            return buffer[..written];
        }

        issues.Add(EnvelopeIssues.BadBase64(pointer));
        return [];
    }

    /// <summary>An RFC 3339 time, or null when absent.</summary>
    public DateTimeOffset? Time(JsonElement parent, string name, string pointer)
    {
        var text = String(parent, name, pointer);
        if (text is null)
        {
            return null;
        }

        if (EnvelopeTime.TryParse(text, out var time))
        {
            return time;
        }

        issues.Add(EnvelopeIssues.BadTime(pointer, text));
        return null;
    }

    /// <summary>An integer that must fit in <see cref="int"/>; absent means 0.</summary>
    public int SmallInteger(JsonElement parent, string name, string pointer)
    {
        var value = Integer(parent, name, pointer);
        if (value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        issues.Add(EnvelopeIssues.WrongType(pointer, "a 32-bit integer", value.ToString(CultureInfo.InvariantCulture)));
        return 0;
    }

    private JsonElement? Get(
        JsonElement parent,
        string name,
        string pointer,
        JsonValueKind kind,
        string expected,
        bool required)
    {
        if (parent.ValueKind != JsonValueKind.Object
            || !parent.TryGetProperty(name, out var element)
            || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                issues.Add(EnvelopeIssues.MissingField(pointer));
            }

            return null;
        }

        if (element.ValueKind != kind)
        {
            issues.Add(EnvelopeIssues.WrongType(pointer, expected, EnvelopeJson.KindName(element.ValueKind)));
            return null;
        }

        return element;
    }
}
