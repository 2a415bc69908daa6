using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Core.Tests.Identity;

public sealed class ApiTokenSecretTests
{
    [Fact]
    public void Generate_Twice_GivesDistinctParsableSecrets()
    {
        var first = ApiTokenSecret.Generate();
        var second = ApiTokenSecret.Generate();

        Assert.NotEqual(first.Value, second.Value);
        Assert.True(ApiTokenSecret.TryParse(first.Value, out var parsed));
        Assert.Equal(first.Hash, parsed.Hash);
        Assert.Matches("^[0-9a-f]{64}$", first.Hash);
        Assert.DoesNotContain(first.Value, first.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ot_short")]
    [InlineData("xx_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("ot_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")]
    [InlineData("ot_aaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaa")]
    public void TryParse_Malformed_ReturnsFalse(string? text)
    {
        Assert.False(ApiTokenSecret.TryParse(text, out _));
    }
}
