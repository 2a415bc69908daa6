using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenTerritoire.Schemas.Compilation;

namespace OpenTerritoire.Schemas.Tabular;

/// <summary>Reads one cell as a Table Schema type; a value that reads gives a number to compare bounds with.</summary>
/// <remarks>
/// The comparable number is the value for number, integer, year and boolean (1/0); the day number for date; seconds
/// since 0001-01-01 UTC for datetime; minutes for yearmonth; seconds for time. Other types give 0.
/// </remarks>
internal sealed partial class CellParser
{
    private readonly TableField field;
    private readonly char decimalChar;
    private readonly string? exactFormat;
    private readonly HashSet<string> trueValues;
    private readonly HashSet<string> falseValues;

    public CellParser(TableField field, char decimalChar)
    {
        this.field = field;
        this.decimalChar = decimalChar;
        exactFormat = field.Format.Contains('%', StringComparison.Ordinal) ? FromStrftime(field.Format) : null;
        trueValues = field.TrueValues.ToHashSet(StringComparer.Ordinal);
        falseValues = field.FalseValues.ToHashSet(StringComparer.Ordinal);
    }

    public bool TryRead(ReadOnlySpan<char> cell, out double comparable)
    {
        comparable = 0;
        switch (field.Type)
        {
            case TableFieldType.String:
                // Any text is a string; its format is a constraint (table.format), see MatchesFormat.
                return true;
            case TableFieldType.Number:
                return TryReadNumber(cell, out comparable);
            case TableFieldType.Integer:
                var integer = 0L;
                var integerOk = IsInteger(cell) && long.TryParse(
                    cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer);
                comparable = integer;
                return integerOk;
            case TableFieldType.Boolean:
                var text = cell.ToString();
                comparable = trueValues.Contains(text) ? 1 : 0;
                return trueValues.Contains(text) || falseValues.Contains(text);
            case TableFieldType.Date:
                return TryReadDate(cell, out comparable);
            case TableFieldType.Datetime:
                return TryReadDateTime(cell, out comparable);
            case TableFieldType.Time:
                var timeOk = TimeOnly.TryParseExact(
                    cell, exactFormat ?? "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time);
                comparable = timeOk ? time.ToTimeSpan().TotalSeconds : 0;
                return timeOk;
            case TableFieldType.Year:
                var year = 0;
                var yearOk = cell.Length == 4 && IsInteger(cell)
                             && int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out year);
                comparable = year;
                return yearOk;
            case TableFieldType.YearMonth:
                int y = 0, m = 0;
                var monthOk = cell.Length == 7 && cell[4] == '-'
                              && int.TryParse(cell[..4], NumberStyles.None, CultureInfo.InvariantCulture, out y)
                              && int.TryParse(cell[5..], NumberStyles.None, CultureInfo.InvariantCulture, out m)
                              && m is >= 1 and <= 12;
                comparable = (y * 12) + m;
                return monthOk;
            case TableFieldType.Duration:
                return DurationPattern().IsMatch(cell);
            case TableFieldType.Geopoint:
                return TryReadGeopoint(cell);
            case TableFieldType.Object or TableFieldType.Array:
                return IsJson(cell, field.Type == TableFieldType.Object ? JsonValueKind.Object : JsonValueKind.Array);
            default:
                return true;
        }
    }

    /// <summary>Whether a string cell has the field's format (<c>email</c>, <c>uri</c>, <c>uuid</c>; others accept all).</summary>
    public bool MatchesFormat(ReadOnlySpan<char> cell) => field.Type != TableFieldType.String || field.Format switch
    {
        "email" => FormatKeyword.IsEmail(cell.ToString()),
        "uri" => FormatKeyword.IsUri(cell.ToString()),
        "uuid" => Guid.TryParseExact(cell, "D", out _),
        _ => true,
    };

    private bool TryReadNumber(ReadOnlySpan<char> cell, out double value)
    {
        value = 0;
        if (cell is "NaN" or "INF" or "+INF" or "-INF")
        {
            value = cell[0] == '-' ? double.NegativeInfinity : cell[0] == 'N' ? double.NaN : double.PositiveInfinity;
            return true;
        }

        // Only the dialect's decimal separator is a number: '.' with ',' files, ',' with ';' files (schemas/README.md).
        var other = decimalChar == '.' ? ',' : '.';
        if (cell.IsEmpty || cell.Length > 64 || cell.Contains(other) || !IsNumberText(cell))
        {
            return false;
        }

        Span<char> normalized = stackalloc char[cell.Length];
        cell.CopyTo(normalized);
        if (decimalChar != '.')
        {
            normalized.Replace(decimalChar, '.');
        }

        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private bool IsNumberText(ReadOnlySpan<char> cell)
    {
        foreach (var c in cell)
        {
            if (!char.IsAsciiDigit(c) && c != decimalChar && c is not ('-' or '+' or 'e' or 'E'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInteger(ReadOnlySpan<char> cell)
    {
        var digits = cell.Length > 0 && cell[0] is '-' or '+' ? cell[1..] : cell;
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private bool TryReadDate(ReadOnlySpan<char> cell, out double comparable)
    {
        comparable = 0;
        DateOnly date;
        bool ok;
        if (field.Format is "default" or "%Y-%m-%d")
        {
            ok = Rfc3339.TryParseDate(cell, out date);
        }
        else if (exactFormat is not null)
        {
            ok = DateOnly.TryParseExact(cell, exactFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }
        else
        {
            ok = DateOnly.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        comparable = ok ? date.DayNumber : 0;
        return ok;
    }

    private bool TryReadDateTime(ReadOnlySpan<char> cell, out double comparable)
    {
        comparable = 0;
        DateTimeOffset value;
        bool ok;
        if (field.Format == "default")
        {
            ok = Rfc3339.TryParseDateTime(cell, allowCompactOffset: true, out value);
        }
        else if (exactFormat is not null)
        {
            ok = DateTimeOffset.TryParseExact(
                NormalizeOffset(cell), exactFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }
        else
        {
            ok = DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }

        comparable = ok ? value.UtcTicks / (double)TimeSpan.TicksPerSecond : 0;
        return ok;
    }

    private bool TryReadGeopoint(ReadOnlySpan<char> cell)
    {
        double lon;
        double lat;
        var text = cell.ToString();
        if (field.Format == "object")
        {
            if (!TryParseJson(text, out var root) || root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("lon", out var lonElement) || !root.TryGetProperty("lat", out var latElement)
                || !lonElement.TryGetDouble(out lon) || !latElement.TryGetDouble(out lat))
            {
                return false;
            }
        }
        else
        {
            var body = field.Format == "array" ? text.Trim() : text;
            if (field.Format == "array")
            {
                if (body.Length < 2 || body[0] != '[' || body[^1] != ']')
                {
                    return false;
                }

                body = body[1..^1];
            }

            var parts = body.Split(',');
            if (parts.Length != 2
                || !double.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out lon)
                || !double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out lat))
            {
                return false;
            }
        }

        return lon is >= -180 and <= 180 && lat is >= -90 and <= 90;
    }

    private static bool IsJson(ReadOnlySpan<char> cell, JsonValueKind kind) =>
        TryParseJson(cell.ToString(), out var root) && root.ValueKind == kind;

    private static bool TryParseJson(string text, out JsonElement root)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }

    /// <summary>Turns a Python strftime pattern (as schema.data.gouv.fr writes formats) into a .NET exact format.</summary>
    private static string FromStrftime(string format) => format
        .Replace("%Y", "yyyy", StringComparison.Ordinal).Replace("%m", "MM", StringComparison.Ordinal)
        .Replace("%d", "dd", StringComparison.Ordinal).Replace("%H", "HH", StringComparison.Ordinal)
        .Replace("%M", "mm", StringComparison.Ordinal).Replace("%S", "ss", StringComparison.Ordinal)
        .Replace("%y", "yy", StringComparison.Ordinal).Replace("%z", "zzz", StringComparison.Ordinal)
        .Replace("%f", "FFFFFFF", StringComparison.Ordinal);

    // strftime %z writes +0100; .NET's zzz reads +01:00.
    private static string NormalizeOffset(ReadOnlySpan<char> cell)
    {
        var text = cell.ToString();
        return text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit)
            ? string.Concat(text.AsSpan(0, text.Length - 2), ":", text.AsSpan(text.Length - 2))
            : text;
    }

    [GeneratedRegex(@"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
