using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Core.Tests.Ingestion;

public sealed class DevEuiTests
{
    [Theory]
    [InlineData("70B3D57ED005A1B2", "70B3D57ED005A1B2")]
    [InlineData("70b3d57ed005a1b2", "70B3D57ED005A1B2")]
    [InlineData("70-B3-D5-7E-D0-05-A1-B2", "70B3D57ED005A1B2")]
    [InlineData("70:b3:d5:7e:d0:05:a1:b2", "70B3D57ED005A1B2")]
    public void TryParse_AcceptedForms_Normalise(string text, string expected)
    {
        Assert.True(DevEui.TryParse(text, out var devEui));
        Assert.Equal(expected, devEui.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("70B3D57ED005A1")]
    [InlineData("70B3D57ED005A1B2C3")]
    [InlineData("70B3D57ED005A1BZ")]
    public void TryParse_Malformed_ReturnsFalse(string? text)
    {
        Assert.False(DevEui.TryParse(text, out _));
    }

    [Fact]
    public void ToUInt64_Always_ReadsHex()
    {
        Assert.True(DevEui.TryParse("0000000000000101", out var devEui));
        Assert.Equal(257UL, devEui.ToUInt64());
    }
}
