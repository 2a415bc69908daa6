using System.Buffers.Binary;
using System.Text;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>Reads integers, floats, bits, hexadecimal and ASCII out of a payload; the caller checks bounds.</summary>
internal static class PayloadReader
{
    public static int Size(FieldType type, int length) => type switch
    {
        FieldType.U8 or FieldType.I8 or FieldType.Bool => 1,
        FieldType.U16 or FieldType.I16 => 2,
        FieldType.U24 or FieldType.I24 => 3,
        FieldType.U32 or FieldType.I32 or FieldType.F32 => 4,
        _ => length,
    };

    public static bool IsSigned(FieldType? type) => type is FieldType.I8 or FieldType.I16 or FieldType.I24
        or FieldType.I32;

    public static long Integer(ReadOnlySpan<byte> bytes, int offset, int size, bool littleEndian, bool signed)
    {
        ulong value = 0;
        for (var i = 0; i < size; i++)
        {
            var b = littleEndian ? bytes[offset + size - 1 - i] : bytes[offset + i];
            value = (value << 8) | b;
        }

        return signed ? SignExtend(value, size * 8) : (long)value;
    }

    public static float Single(ReadOnlySpan<byte> bytes, int offset, bool littleEndian) => littleEndian
        ? BinaryPrimitives.ReadSingleLittleEndian(bytes[offset..])
        : BinaryPrimitives.ReadSingleBigEndian(bytes[offset..]);

    /// <summary>
    /// Reads <see cref="BitRange.Length"/> bits starting <paramref name="bitOffset"/> bits into the field.
    /// </summary>
    public static long Bits(ReadOnlySpan<byte> bytes, int offset, int bitOffset, BitRange range, bool signed)
    {
        ulong value = 0;
        for (var i = 0; i < range.Length; i++)
        {
            var position = bitOffset + i;
            var current = bytes[offset + (position / 8)];
            if (range.LeastSignificantFirst)
            {
                value |= (ulong)((current >> (position % 8)) & 1) << i;
            }
            else
            {
                value = (value << 1) | (uint)((current >> (7 - (position % 8))) & 1);
            }
        }

        return signed ? SignExtend(value, range.Length) : (long)value;
    }

    public static string Hex(ReadOnlySpan<byte> bytes, int offset, int length) =>
        Convert.ToHexString(bytes.Slice(offset, length));

    /// <summary>ASCII text, stopping at the first NUL, as fixed-width text fields are padded.</summary>
    public static string Ascii(ReadOnlySpan<byte> bytes, int offset, int length)
    {
        var slice = bytes.Slice(offset, length);
        var end = slice.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? slice : slice[..end]);
    }

    private static long SignExtend(ulong value, int bits)
    {
        if (bits >= 64)
        {
            return (long)value;
        }

        var signBit = 1UL << (bits - 1);
        return (value & signBit) != 0 ? (long)value - (1L << bits) : (long)value;
    }
}
