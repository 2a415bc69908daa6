namespace OpenTerritoire.Schemas.Rules;

/// <summary>The physically possible range of a value by its UCUM unit, beyond which a reading is certainly wrong.</summary>
/// <remarks>
/// Deliberately wide (what nature allows, not what a schema expects): schemas carry the plausible ranges.
/// Sources: absolute zero (−273.15 °C); 194 dB, the loudest undistorted sound in air at 1 atm; the solar constant
/// (≈1361 W/m² above the atmosphere); sunlight at noon ≈ 120,000 lx.
/// </remarks>
public static class PhysicalRanges
{
    private static readonly Dictionary<string, (double Min, double Max)> Ranges = new(StringComparer.Ordinal)
    {
        ["%"] = (0, 100),
        ["Cel"] = (-273.15, 10_000),
        ["ug/m3"] = (0, double.MaxValue),
        ["[ppm]"] = (0, 1_000_000),
        ["kW.h"] = (0, double.MaxValue),
        ["m3"] = (0, double.MaxValue),
        ["mm"] = (0, double.MaxValue),
        ["mm/h"] = (0, double.MaxValue),
        ["hPa"] = (0, double.MaxValue),
        ["m/s"] = (0, 299_792_458),
        ["W/m2"] = (0, 1_500),
        ["lx"] = (0, 150_000),
        ["Hz"] = (0, double.MaxValue),
        ["dB"] = (-20, 194),
        ["deg"] = (-360, 360),
        ["t"] = (0, double.MaxValue),
        ["s"] = (0, double.MaxValue),
        ["min"] = (0, double.MaxValue),
        ["h"] = (0, double.MaxValue),
        ["d"] = (0, double.MaxValue),
    };

    /// <summary>The range of a UCUM code (with or without the <c>ucum:</c> prefix), or null when any value is possible.</summary>
    public static (double Min, double Max)? For(string? unit)
    {
        if (unit is null)
        {
            return null;
        }

        var code = unit.StartsWith("ucum:", StringComparison.Ordinal) ? unit[5..] : unit;
        return Ranges.TryGetValue(code, out var range) ? range : null;
    }
}
