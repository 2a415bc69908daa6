using System.Text;
using System.Text.Unicode;

namespace OpenTerritoire.Schemas.Tabular;

/// <summary>Decides the encoding of a CSV file from its first bytes: UTF-8 (with or without BOM), else Windows-1252.</summary>
/// <remarks>
/// French spreadsheet exports are either UTF-8 or Windows-1252 (a superset of Latin-1 for printable characters);
/// bytes that are not valid UTF-8 in the first block mean the latter. The decision is made once, on the first block,
/// so the rest of the file is streamed.
/// </remarks>
internal static class TextEncodingSniffer
{
    public const int SampleBytes = 64 * 1024;

    private static readonly Encoding Windows1252 =
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <summary>The encoding, the number of BOM bytes to skip, and whether UTF-8 was rejected.</summary>
    public static (Encoding Encoding, int Skip, bool Fallback) Detect(ReadOnlySpan<byte> sample, bool complete)
    {
        if (sample.StartsWith("\uFEFF"u8))
        {
            return (new UTF8Encoding(false), 3, false);
        }

        if (!complete)
        {
            // The sample may end in the middle of a multi-byte character: drop up to three trailing bytes.
            var cut = sample.Length;
            for (var i = 1; i <= 3 && i <= sample.Length; i++)
            {
                if ((sample[^i] & 0xC0) == 0xC0)
                {
                    cut = sample.Length - i;
                    break;
                }

                if ((sample[^i] & 0x80) == 0)
                {
                    break;
                }
            }

            sample = sample[..cut];
        }

        return Utf8.IsValid(sample) ? (new UTF8Encoding(false), 0, false) : (Windows1252, 0, true);
    }
}
