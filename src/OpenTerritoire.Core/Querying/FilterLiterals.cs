using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using NetTopologySuite.IO;

namespace OpenTerritoire.Core.Querying;

/// <summary>Turns literal tokens into typed literal nodes, and prints those nodes back in canonical form.</summary>
internal static partial class FilterLiterals
{
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF";
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// The node for a number token; <paramref name="negative"/> when a minus sign stood right before it.
    /// </summary>
    public static Result<FilterExpression> FromNumber(FilterToken token, bool negative, int position)
    {
        var text = negative ? "-" + token.Text : token.Text;
        switch (token.Kind)
        {
            case FilterTokenKind.Integer when long.TryParse(text, IntegerStyle, Invariant, out var integer):
                return Result.Success<FilterExpression>(new IntegerLiteral(integer, position));
            case FilterTokenKind.Integer or FilterTokenKind.Decimal
                when decimal.TryParse(text, DecimalStyle, Invariant, out var number):
                return Result.Success<FilterExpression>(new DecimalLiteral(number, position));
            case FilterTokenKind.Double
                when double.TryParse(text, NumberStyles.Float, Invariant, out var real) && double.IsFinite(real):
                return Result.Success<FilterExpression>(new DoubleLiteral(real, position));
            default:
                return Bad(position, text, "number", "nombre");
        }
    }

    /// <summary>The node for a date-time, date or time-of-day token.</summary>
    public static Result<FilterExpression> FromTemporal(FilterToken token)
    {
        var text = token.Kind == FilterTokenKind.DateTime ? token.Text.Replace(' ', '+') : token.Text;
        switch (token.Kind)
        {
            // Without an offset, parsing would assume the server's local time zone.
            case FilterTokenKind.DateTime when OffsetPattern().IsMatch(text)
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant):
                return Result.Success<FilterExpression>(new DateTimeLiteral(instant, token.Position));
            case FilterTokenKind.Date
                when DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out var date):
                return Result.Success<FilterExpression>(new DateLiteral(date, token.Position));
            case FilterTokenKind.TimeOfDay
                when TimeOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time):
                return Result.Success<FilterExpression>(new TimeOfDayLiteral(time, token.Position));
            case FilterTokenKind.DateTime:
                return Bad(
                    token.Position,
                    text,
                    "date-time with an offset (Z or ±hh:mm)",
                    "date-heure avec décalage (Z ou ±hh:mm)");
            case FilterTokenKind.Date:
                return Bad(token.Position, text, "date", "date");
            default:
                return Bad(token.Position, text, "time of day", "heure");
        }
    }

    /// <summary>The node for <c>duration'…'</c>, <c>geography'…'</c> or <c>geometry'…'</c>.</summary>
    public static Result<FilterExpression> FromTyped(FilterToken token)
    {
        var prefix = token.Text.ToLowerInvariant();
        return prefix switch
        {
            "duration" => FromDuration(token),
            "geography" => FromSpatial(token, SpatialLiteralKind.Geography),
            "geometry" => FromSpatial(token, SpatialLiteralKind.Geometry),
            _ => Bad(
                token.Position,
                token.Text,
                "literal type (duration, geography, geometry)",
                "type de littéral (duration, geography, geometry)"),
        };
    }

    public static string Print(DateTimeOffset value) =>
        value.ToString(DateTimeFormat, CultureInfo.InvariantCulture)
        + (value.Offset == TimeSpan.Zero ? "Z" : value.ToString("zzz", CultureInfo.InvariantCulture));

    public static string Print(TimeOnly value) => value.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    public static string Print(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Print(TimeSpan value) => "duration'" + XmlConvert.ToString(value) + "'";

    public static string Print(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        // Keep a double a double when read back: 1500 alone would read as an integer.
        return text.Contains('E', StringComparison.Ordinal) ? text : text + "E0";
    }

    public static string Print(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Print(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Print(SpatialLiteral literal) =>
        (literal.Kind == SpatialLiteralKind.Geography ? "geography" : "geometry") + Print(literal.WellKnownText);

    private static Result<FilterExpression> FromDuration(FilterToken token)
    {
        // OData durations are day-time only (no years or months), with an optional sign.
        if (!DurationPattern().IsMatch(token.Value))
        {
            return Bad(token.Position, token.Value, "duration", "durée");
        }

        try
        {
            var duration = XmlConvert.ToTimeSpan(token.Value);
            return Result.Success<FilterExpression>(new DurationLiteral(duration, token.Position));
        }
        catch (OverflowException)
        {
            // XmlConvert has no Try form; an out-of-range duration is bad input, not a bug.
            return Bad(token.Position, token.Value, "duration", "durée");
        }
    }

    private static Result<FilterExpression> FromSpatial(FilterToken token, SpatialLiteralKind kind)
    {
        var text = token.Value.Trim();
        var srid = SridPattern().Match(text);
        if (srid.Success)
        {
            if (srid.Groups["srid"].Value != "4326")
            {
                return Bad(token.Position, token.Value, "geometry in SRID 4326", "géométrie en SRID 4326");
            }

            text = text[srid.Length..].Trim();
        }

        try
        {
            var geometry = new WKTReader().Read(text);
            if (geometry is null || !geometry.IsValid)
            {
                return Bad(token.Position, token.Value, "WKT geometry", "géométrie WKT");
            }
        }
        catch (Exception exception) when (exception is ParseException or ArgumentException or FormatException)
        {
            // NetTopologySuite reports malformed WKT only by throwing.
            return Bad(token.Position, token.Value, "WKT geometry", "géométrie WKT");
        }

        return Result.Success<FilterExpression>(new SpatialLiteral(kind, text, token.Position));
    }

    private static Result<FilterExpression> Bad(int position, string text, string kindEn, string kindFr) =>
        Result.Failure<FilterExpression>(FilterIssues.BadLiteral(position, text, kindEn, kindFr));

    [GeneratedRegex(
        @"^-?P(?=[0-9T])([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex("(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^SRID=(?<srid>[0-9]{1,5});", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SridPattern();
}
