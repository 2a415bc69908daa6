using System.Globalization;

namespace OpenTerritoire.Core.Units;

/// <summary>
/// Converts values between UCUM units of the same dimension (°F → °C, Wh → kWh, L → m³, mV → V…), so a vendor's
/// units map onto the schema's. Only linear conversions; the table covers the units our schemas and vendors use.
/// </summary>
public static class UnitConversion
{
    private static readonly Dictionary<string, UcumUnit> Units = new UcumUnit[]
    {
        new("Cel", "temperature", 1, 273.15),
        new("K", "temperature", 1),
        new("[degF]", "temperature", 5.0 / 9.0, 273.15 - (32 * 5.0 / 9.0)),
        new("m", "length", 1),
        new("cm", "length", 0.01),
        new("mm", "length", 0.001),
        new("km", "length", 1000),
        new("m3", "volume", 1),
        new("L", "volume", 0.001),
        new("dm3", "volume", 0.001),
        new("W", "power", 1),
        new("kW", "power", 1000),
        new("MW", "power", 1_000_000),
        new("W.h", "energy", 3600),
        new("kW.h", "energy", 3_600_000),
        new("MW.h", "energy", 3_600_000_000),
        new("J", "energy", 1),
        new("kJ", "energy", 1000),
        new("V", "voltage", 1),
        new("mV", "voltage", 0.001),
        new("A", "current", 1),
        new("mA", "current", 0.001),
        new("Pa", "pressure", 1),
        new("hPa", "pressure", 100),
        new("kPa", "pressure", 1000),
        new("bar", "pressure", 100_000),
        new("mbar", "pressure", 100),
        new("%", "ratio", 0.01),
        new("1", "ratio", 1),
        new("[ppm]", "ratio", 0.000001),
        new("ug/m3", "mass-concentration", 0.000000001),
        new("mg/m3", "mass-concentration", 0.000001),
        new("m3/s", "flow", 1),
        new("m3/h", "flow", 1.0 / 3600),
        new("L/s", "flow", 0.001),
        new("L/min", "flow", 0.001 / 60),
        new("m/s", "speed", 1),
        new("km/h", "speed", 1000.0 / 3600),
        new("s", "time", 1),
        new("min", "time", 60),
        new("h", "time", 3600),
        new("d", "time", 86400),
        new("kg", "mass", 1),
        new("g", "mass", 0.001),
        new("t", "mass", 1000),
        new("dB", "level", 1),
        new("deg", "angle", 1),
        new("mm/h", "rain-rate", 1),
        new("W/m2", "irradiance", 1),
    }.ToDictionary(unit => unit.Code, StringComparer.Ordinal);

    /// <summary>Every unit code the hub converts.</summary>
    public static IReadOnlyCollection<string> KnownCodes => Units.Keys;

    /// <summary>Strips the <c>ucum:</c> prefix some documents use.</summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.StartsWith("ucum:", StringComparison.Ordinal) ? code[5..] : code;
    }

    /// <summary>True when both codes are known and of the same dimension.</summary>
    public static bool CanConvert(string from, string to) =>
        Units.TryGetValue(Normalise(from), out var source) && Units.TryGetValue(Normalise(to), out var target)
        && string.Equals(source.Dimension, target.Dimension, StringComparison.Ordinal);

    /// <summary>Converts a value; false when the units are unknown or of different dimensions.</summary>
    public static bool TryConvert(double value, string from, string to, out double converted)
    {
        converted = value;
        if (string.Equals(Normalise(from), Normalise(to), StringComparison.Ordinal))
        {
            return true;
        }

        if (!CanConvert(from, to))
        {
            return false;
        }

        var source = Units[Normalise(from)];
        var target = Units[Normalise(to)];
        var inBase = (value * source.Factor) + source.Offset;
        converted = Math.Round((inBase - target.Offset) / target.Factor, 10);
        return true;
    }

    /// <summary>The dimension of a unit code, for messages.</summary>
    public static string? DimensionOf(string code) =>
        Units.TryGetValue(Normalise(code), out var unit) ? unit.Dimension : null;

    /// <summary>A readable list of the known codes, for error messages.</summary>
    public static string Describe() => string.Join(", ", Units.Keys.Order(StringComparer.Ordinal).Select(
        code => code.ToString(CultureInfo.InvariantCulture)));
}
