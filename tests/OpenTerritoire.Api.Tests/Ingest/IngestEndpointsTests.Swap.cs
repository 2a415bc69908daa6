using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenTerritoire.Api.Tests.Ingest;

public sealed partial class IngestEndpointsTests
{
    [Fact]
    public async Task ReplaceDevice_ParkingSensorOfAnotherVendorMidSeries_KeepsOneContinuousSeries()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        await scenario.RegisterBuiltInParkingAsync();
        await scenario.RegisterRadarParkingAsync();
        var nwave = await scenario.RegisterDeviceAsync(ParkingDevEui, "nwave/nps405", Morning.AddHours(-1));
        var datastream = await scenario.OccupiedDatastreamAsync(nwave);
        var (ttn, ttnToken) = await scenario.CreateFeedAsync("ttn-v3");
        var (chirpStack, chirpStackToken) = await scenario.CreateFeedAsync("chirpstack-v4");
        var swapAt = Morning.AddHours(2);

        await scenario.PostAsync(ttn, ttnToken, IngestSample.Ttn(ParkingDevEui, "lQ==", 1, Morning).Content());
        await scenario.PostAsync(ttn, ttnToken, IngestSample.Ttn(ParkingDevEui, "lA==", 2, Morning.AddHours(1)).Content());
        var replaced = await scenario.Client.PostAsJsonAsync(
            $"/api/devices/{nwave.GetProperty("id").GetInt64()}/replace",
            new { devEui = RadarDevEui, model = "acme/park-radar", at = swapAt });
        var radar = await replaced.Content.ReadFromJsonAsync<JsonElement>();
        var afterSwap = await scenario.PostAsync(
            chirpStack, chirpStackToken, IngestSample.ChirpStack(RadarDevEui, "AQ==", 1, Morning.AddHours(3)).Content(), "up");
        await scenario.PostAsync(
            chirpStack, chirpStackToken, IngestSample.ChirpStack(RadarDevEui, "AA==", 2, Morning.AddHours(4)).Content(), "up");
        var oldDevice = await scenario.PostAsync(
            ttn, ttnToken, IngestSample.Ttn(ParkingDevEui, "lQ==", 3, Morning.AddHours(5)).Content());

        Assert.Equal(HttpStatusCode.Created, replaced.StatusCode);
        Assert.Equal(nwave.GetProperty("thingId").GetInt64(), radar.GetProperty("thingId").GetInt64());
        Assert.Contains(datastream, radar.GetProperty("datastreams").EnumerateArray().Select(id => id.GetInt64()));
        Assert.Equal("accepted", (await afterSwap.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("quarantined", (await oldDevice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var series = await scenario.ObservationsAsync(datastream);
        Assert.Equal([true, false, true, false], series.Select(observation => observation.Result.Boolean ?? false));
        var periods = await scenario.PeriodsAsync(datastream);
        Assert.Equal(2, periods.Count);
        Assert.Equal(nwave.GetProperty("sensorId").GetInt64(), periods[0].SensorId.Value);
        Assert.Equal(radar.GetProperty("sensorId").GetInt64(), periods[1].SensorId.Value);
        Assert.NotEqual(periods[0].SensorId, periods[1].SensorId);
        Assert.Equal(swapAt.ToUnixTimeMilliseconds(), periods[0].ValidTo?.ToUnixTimeMilliseconds());
        Assert.Equal(swapAt.ToUnixTimeMilliseconds(), periods[1].ValidFrom.ToUnixTimeMilliseconds());
        Assert.Null(periods[1].ValidTo);
    }
}
