using System.Text.Json;
using OpenTerritoire.Adapters.Codecs;

namespace OpenTerritoire.Adapters.Tests.Codecs;

public sealed partial class ByteLayoutCodecTests
{
    private static readonly CodecCatalogue Catalogue = CodecCatalogue.BuiltIn();

    public static TheoryData<ByteLayoutVector> Vectors => new(ByteLayoutVector.All);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Decode_DeviceVector_ReturnsExactlyTheExpectedFields(ByteLayoutVector vector)
    {
        var codec = Catalogue.Find(vector.Model);
        Assert.NotNull(codec);

        var result = codec.Decode(new CodecInput(vector.FPort, Convert.FromHexString(vector.Hex)));

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        var difference = JsonEquivalence.FirstDifference(result.Value.Data, vector.Expected, string.Empty);
        Assert.True(
            difference is null,
            $"differs at '{difference}': got {result.Value.Data.GetRawText()}, "
                + $"expected {vector.Expected.GetRawText()}");
        Assert.Equal(
            vector.Expected.EnumerateObject().Select(property => property.Name),
            result.Value.Names);
    }

    [Fact]
    public void BuiltIn_EveryShippedLayout_Loads()
    {
        var layouts = CodecCatalogue.LoadBuiltInLayouts().ToList();

        Assert.Equal(4, layouts.Count);
        Assert.All(layouts, layout => Assert.True(layout.Layout.IsSuccess, $"{layout.Resource}: {layout.Layout}"));
        Assert.All(layouts, layout => Assert.Equal(
            layout.Resource,
            layout.Layout.Value.Model.Replace('/', '-') + ".yaml"));
        Assert.Equal(
            ["axioma/qalcosonic-w1", "elsys/ers-co2", "milesight-iot/em310-udl", "nwave/nps405"],
            Catalogue.Models);
    }
}
