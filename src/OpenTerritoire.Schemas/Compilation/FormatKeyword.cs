using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>format</c>, asserted for <c>date-time</c>, <c>date</c>, <c>email</c> and <c>uri</c>, on strings only.</summary>
internal sealed partial class FormatKeyword(string format) : JsonKeyword
{
    /// <summary>The formats the compiler asserts; any other makes the schema fall back to NJsonSchema.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "date-time", "date", "email", "uri",
    };

    public override bool Streams => true;

    public override void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return;
        }

        Span<char> chars = stackalloc char[64];
        var written = format is "date" or "date-time" ? JsonReaderValues.TryCopyShort(ref reader, chars) : -1;
        var valid = written >= 0
            ? (format == "date"
                ? Rfc3339.TryParseDate(chars[..written], out _)
                : Rfc3339.TryParseDateTime(chars[..written], allowCompactOffset: false, out _))
            : IsValid(reader.GetString() ?? string.Empty);
        if (!valid)
        {
            state.ReportText(ValidationIssues.SchemaFormat, JsonReaderValues.Text(ref reader), format);
        }
    }

    public override void Validate(JsonElement value, JsonValidationState state)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        if (!IsValid(value))
        {
            state.Report(ValidationIssues.SchemaFormat, value, format);
        }
    }

    private bool IsValid(JsonElement value)
    {
        if (format is "date" or "date-time" && JsonStrings.TryGetUnescaped(value, out var utf8) && utf8.Length <= 64)
        {
            Span<char> chars = stackalloc char[64];
            var written = Encoding.UTF8.GetChars(utf8, chars);
            return format == "date"
                ? Rfc3339.TryParseDate(chars[..written], out _)
                : Rfc3339.TryParseDateTime(chars[..written], allowCompactOffset: false, out _);
        }

        return IsValid(value.GetString() ?? string.Empty);
    }

    private bool IsValid(string text)
    {
        return format switch
        {
            "date" => Rfc3339.TryParseDate(text, out _),
            "date-time" => Rfc3339.TryParseDateTime(text, allowCompactOffset: false, out _),
            "email" => IsEmail(text),
            _ => IsUri(text),
        };
    }

    /// <summary>The address form ajv-formats checks in its default ("fast") mode.</summary>
    public static bool IsEmail(string text) => EmailPattern().IsMatch(text);

    /// <summary>An absolute URI (RFC 3986 §4.3): a scheme, then no spaces.</summary>
    public static bool IsUri(string text) =>
        !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && text.StartsWith(uri.Scheme, StringComparison.OrdinalIgnoreCase)
        && text.Length > uri.Scheme.Length + 1
        && text[uri.Scheme.Length] == ':';

    [GeneratedRegex(
        @"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
