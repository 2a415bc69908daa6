namespace OpenTerritoire.Api.Tests.SensorThings.SensingCore;

/// <summary>The test-suite entities, loaded by deep insert, read back set by set.</summary>
public sealed class EntityCountTests(StaDatasetFixture data) : IClassFixture<StaDatasetFixture>
{
    public static TheoryData<string, int> Counts => new()
    {
        { "Things", 2 },
        { "Locations", 2 },
        { "HistoricalLocations", 2 },
        { "Datastreams", 4 },
        { "Sensors", 4 },
        { "ObservedProperties", 3 },
        { "Observations", 12 },
        { "FeaturesOfInterest", 2 },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities")]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete/deep-insert")]
    public async Task GetCollection_LoadedDataset_HasTheSuiteCounts(string set, int expected)
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), set + "?$count=true");

        Assert.Equal(expected, body.GetProperty("@iot.count").GetInt64());
        Assert.Equal(expected, body.GetProperty("value").GetArrayLength());
        Assert.False(body.TryGetProperty("@iot.countEstimated", out _));
    }
}
