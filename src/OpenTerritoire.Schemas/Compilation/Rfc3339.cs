namespace OpenTerritoire.Schemas.Compilation;

/// <summary>RFC 3339 §5.6 full-date and date-time, read without allocation.</summary>
/// <remarks>
/// The date-time separator must be <c>T</c> (or <c>t</c>) and the offset is mandatory: <c>Z</c> or <c>±HH:MM</c>
/// (schemas/README.md). Table Schema datetimes may also use <c>±HHMM</c>, as the IRVE dynamique files do and
/// frictionless-py's <c>%z</c> reads.
/// </remarks>
internal static class Rfc3339
{
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month)
            || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static bool TryParseDateTime(ReadOnlySpan<char> text, bool allowCompactOffset, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 20 || !TryParseDate(text[..10], out var date) || text[10] is not ('T' or 't')
            || text[13] != ':' || text[16] != ':'
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute)
            || !TryDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var position = 19;
        var ticks = 0L;
        if (text[position] == '.')
        {
            position++;
            var start = position;
            var scale = TimeSpan.TicksPerSecond;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                scale /= 10;
                ticks += (text[position] - '0') * scale;
                position++;
            }

            if (position == start)
            {
                return false;
            }
        }

        if (!TryParseOffset(text[position..], allowCompactOffset, out var offset))
        {
            return false;
        }

        // A leap second (:60) is valid RFC 3339 but not representable; it reads as the last tick of the minute.
        var time = new TimeOnly(hour, minute, Math.Min(second, 59)).Add(TimeSpan.FromTicks(ticks));
        value = new DateTimeOffset(date.ToDateTime(time), offset);
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> text, bool allowCompact, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length == 1 && text[0] is 'Z' or 'z')
        {
            return true;
        }

        if (text.Length == 0 || text[0] is not ('+' or '-'))
        {
            return false;
        }

        int hours;
        int minutes;
        if (text.Length == 6 && text[3] == ':')
        {
            if (!TryDigits(text.Slice(1, 2), out hours) || !TryDigits(text.Slice(4, 2), out minutes))
            {
                return false;
            }
        }
        else if (allowCompact && text.Length == 5)
        {
            if (!TryDigits(text.Slice(1, 2), out hours) || !TryDigits(text.Slice(3, 2), out minutes))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (hours > 23 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
