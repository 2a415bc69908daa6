using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>Reads the current value of a <see cref="Utf8JsonReader"/> for keyword checks, without allocating when it can.</summary>
internal static class JsonReaderValues
{
    private const int StackChars = 256;

    /// <summary>The value as report text: the string, the number or literal, or <c>{…}</c> and <c>[…]</c>.</summary>
    public static string Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString() ?? string.Empty,
        JsonTokenType.StartObject => "{…}",
        JsonTokenType.StartArray => "[…]",
        _ => Encoding.UTF8.GetString(reader.ValueSpan),
    };

    public static int CodePointLength(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            var count = 0;
            foreach (var b in reader.ValueSpan)
            {
                if ((b & 0xC0) != 0x80)
                {
                    count++;
                }
            }

            return count;
        }

        var runes = 0;
        foreach (var _ in (reader.GetString() ?? string.Empty).EnumerateRunes())
        {
            runes++;
        }

        return runes;
    }

    public static bool IsMatch(Regex regex, ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return regex.IsMatch(reader.GetString() ?? string.Empty);
        }

        var utf8 = reader.ValueSpan;
        char[]? rented = null;
        var chars = utf8.Length <= StackChars
            ? stackalloc char[StackChars]
            : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            var written = Encoding.UTF8.GetChars(utf8, chars);
            return regex.IsMatch(chars[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Copies a short unescaped string value into <paramref name="buffer"/>; the count, or -1 when it cannot.</summary>
    public static int TryCopyShort(ref Utf8JsonReader reader, scoped Span<char> buffer) =>
        !reader.ValueIsEscaped && reader.ValueSpan.Length <= buffer.Length
            ? Encoding.UTF8.GetChars(reader.ValueSpan, buffer)
            : -1;
}
