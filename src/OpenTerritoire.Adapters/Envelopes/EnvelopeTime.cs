using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>Reads RFC 3339 times as network servers write them, with up to nine fractional digits.</summary>
internal static partial class EnvelopeTime
{
    // .NET keeps seven fractional digits (100 ns ticks); TTS and ChirpStack send nine, so the rest is dropped.
    private const int MaxFractionDigits = 7;

    public static bool TryParse(string? text, out DateTimeOffset time)
    {
        time = default;
        if (text is null)
        {
            return false;
        }

        var match = Rfc3339().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var fraction = match.Groups["fraction"].Value;
        if (fraction.Length > MaxFractionDigits + 1)
        {
            fraction = fraction[..(MaxFractionDigits + 1)];
        }

        var offset = match.Groups["offset"].Value;
        var normalised = string.Concat(
            match.Groups["datetime"].Value.ToUpperInvariant(),
            fraction,
            offset is "z" or "Z" ? "+00:00" : offset);
        var parsed = DateTimeOffset.TryParseExact(
            normalised,
            fraction.Length == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var local);
        time = parsed ? local.ToUniversalTime() : default;
        return parsed;
    }

    /// <summary>Reads Unix time in seconds, or in milliseconds when the number is too large to be seconds.</summary>
    public static bool TryFromUnix(double value, out DateTimeOffset time)
    {
        time = default;
        const double MillisecondsThreshold = 100_000_000_000d; // year 5138 in seconds, 1973 in milliseconds
        var milliseconds = Math.Abs(value) >= MillisecondsThreshold ? value : value * 1000d;
        if (double.IsNaN(milliseconds) || milliseconds < -62_135_596_800_000d || milliseconds > 253_402_300_799_999d)
        {
            return false;
        }

        time = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(milliseconds));
        return true;
    }

    [GeneratedRegex(
        @"^(?<datetime>\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2})(?<fraction>\.\d+)?(?<offset>[Zz]|[+-]\d{2}:\d{2})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
