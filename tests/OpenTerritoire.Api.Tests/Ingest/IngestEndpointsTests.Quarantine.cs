using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Api.Tests.Ingest;

public sealed partial class IngestEndpointsTests
{
    [Fact]
    public async Task ReplayFeed_UnknownDeviceRegisteredAfterwards_TurnsQuarantineIntoObservations()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        await scenario.RegisterBuiltInParkingAsync();
        var (feed, token) = await scenario.CreateFeedAsync("ttn-v3");

        var response = await scenario.PostAsync(feed, token, IngestSample.Ttn(ParkingDevEui, "lQ==", 20, Morning).Content());
        var quarantine = await scenario.Client.GetFromJsonAsync<JsonElement>($"/api/feeds/{feed}/quarantine");
        var device = await scenario.RegisterDeviceAsync(ParkingDevEui, "nwave/nps405");
        var replay = await scenario.Client.PostAsync($"/api/feeds/{feed}/replay", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("quarantined", receipt.GetProperty("status").GetString());
        var held = Assert.Single(quarantine.EnumerateArray());
        Assert.Equal(
            "ingest.unknown-device",
            held.GetProperty("report").GetProperty("issues")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var summary = await replay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, summary.GetProperty("accepted").GetInt32());
        Assert.Single(await scenario.ObservationsAsync(await scenario.OccupiedDatastreamAsync(device)));
        Assert.Equal(RawMessageStatus.Accepted, Assert.Single(await scenario.ArchivedAsync(feed)).Status);
    }

    [Fact]
    public async Task ReplayFeed_Twice_AddsNoSecondObservation()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        await scenario.RegisterBuiltInParkingAsync();
        var (feed, token) = await scenario.CreateFeedAsync("ttn-v3");
        await scenario.PostAsync(feed, token, IngestSample.Ttn(ParkingDevEui, "lQ==", 21, Morning).Content());
        var device = await scenario.RegisterDeviceAsync(ParkingDevEui, "nwave/nps405");

        await scenario.Client.PostAsync($"/api/feeds/{feed}/replay", null);
        var second = await scenario.Client.PostAsync($"/api/feeds/{feed}/replay", null);

        Assert.Equal(0, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());
        Assert.Single(await scenario.ObservationsAsync(await scenario.OccupiedDatastreamAsync(device)));
    }
}
