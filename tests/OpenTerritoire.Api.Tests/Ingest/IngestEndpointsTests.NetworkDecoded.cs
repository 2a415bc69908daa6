using System.Net;

namespace OpenTerritoire.Api.Tests.Ingest;

public sealed partial class IngestEndpointsTests
{
    // The bytes say "free" (0x94) while the network server's decoding says "occupied": which one lands shows which ran.
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task IngestMessage_NetworkDecodedPayload_IsUsedOnlyWhenTheFeedTrustsIt(bool trusted, bool occupied)
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        await scenario.RegisterBuiltInParkingAsync();
        var device = await scenario.RegisterDeviceAsync(ParkingDevEui, "nwave/nps405");
        var (feed, token) = await scenario.CreateFeedAsync("ttn-v3", new { trustNetworkDecoded = trusted });
        var sample = new IngestSample("ttn-v3-uplink-decoded.json", ParkingDevEui, "lA==", 1, 40, Morning);

        var response = await scenario.PostAsync(feed, token, sample.Content());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var observation = Assert.Single(await scenario.ObservationsAsync(await scenario.OccupiedDatastreamAsync(device)));
        Assert.Equal(occupied, observation.Result.Boolean);
    }
}
