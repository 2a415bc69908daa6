using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>Reads JSON string values from their raw UTF-8 bytes, to avoid allocating a string per value.</summary>
internal static class JsonStrings
{
    private const int StackChars = 256;

    /// <summary>The value's UTF-8 bytes without quotes, when the value has no escape sequence.</summary>
    public static bool TryGetUnescaped(JsonElement value, out ReadOnlySpan<byte> utf8)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length >= 2 && raw[0] == (byte)'"')
        {
            raw = raw[1..^1];
        }

        utf8 = raw;
        return raw.IndexOf((byte)'\\') < 0;
    }

    /// <summary>The length in Unicode code points (JSON Schema counts characters, not UTF-16 units).</summary>
    public static int CodePointLength(JsonElement value)
    {
        if (TryGetUnescaped(value, out var utf8))
        {
            var count = 0;
            foreach (var b in utf8)
            {
                // Count the bytes that start a code point: everything except 10xxxxxx continuation bytes.
                if ((b & 0xC0) != 0x80)
                {
                    count++;
                }
            }

            return count;
        }

        var text = value.GetString() ?? string.Empty;
        var runes = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            runes++;
        }

        return runes;
    }

    public static bool IsMatch(Regex regex, JsonElement value)
    {
        if (!TryGetUnescaped(value, out var utf8))
        {
            return regex.IsMatch(value.GetString() ?? string.Empty);
        }

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
}
