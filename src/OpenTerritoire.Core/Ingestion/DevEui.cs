using System.Globalization;

namespace OpenTerritoire.Core.Ingestion;

/// <summary>A LoRaWAN device EUI-64, kept as 16 upper-case hexadecimal digits.</summary>
public readonly record struct DevEui
{
    private DevEui(string value) => Value = value;

    /// <summary>The 16 upper-case hexadecimal digits.</summary>
    public string Value { get; }

    /// <summary>Reads an EUI written with or without separators (<c>70-B3-D5…</c>, <c>70b3d5…</c>), in any case.</summary>
    public static bool TryParse(string? text, out DevEui devEui)
    {
        devEui = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var digits = new string(text.Where(c => c is not ('-' or ':' or ' ')).ToArray());
        if (digits.Length != 16 || !digits.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        devEui = new DevEui(digits.ToUpperInvariant());
        return true;
    }

    public override string ToString() => Value ?? string.Empty;

    /// <summary>The EUI as a 64-bit number, as some vendors send it.</summary>
    public ulong ToUInt64() => ulong.Parse(Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
