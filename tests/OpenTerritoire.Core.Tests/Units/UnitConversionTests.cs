using OpenTerritoire.Core.Units;

namespace OpenTerritoire.Core.Tests.Units;

public sealed class UnitConversionTests
{
    [Theory]
    [InlineData(212, "[degF]", "Cel", 100)]
    [InlineData(32, "[degF]", "ucum:Cel", 0)]
    [InlineData(0, "Cel", "K", 273.15)]
    [InlineData(1500, "W.h", "kW.h", 1.5)]
    [InlineData(250, "L", "m3", 0.25)]
    [InlineData(3600, "mV", "V", 3.6)]
    [InlineData(0.87, "1", "%", 87)]
    [InlineData(123, "cm", "m", 1.23)]
    [InlineData(36, "m3/h", "m3/s", 0.01)]
    [InlineData(1013.25, "hPa", "Pa", 101325)]
    [InlineData(5, "Cel", "Cel", 5)]
    public void TryConvert_SameDimension_Converts(double value, string from, string to, double expected)
    {
        Assert.True(UnitConversion.TryConvert(value, from, to, out var converted));
        Assert.Equal(expected, converted, 6);
    }

    [Theory]
    [InlineData("m", "Cel")]
    [InlineData("furlong", "m")]
    [InlineData("kW", "kW.h")]
    public void TryConvert_OtherDimensionOrUnknown_ReturnsFalse(string from, string to)
    {
        Assert.False(UnitConversion.TryConvert(1, from, to, out _));
    }
}
