using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OpenTerritoire.Api.Tests.Ingest;

public sealed partial class IngestEndpointsTests
{
    private static readonly object JsonPaths = new
    {
        jsonPaths = new { records = "$.spaces[*]", deviceId = "$.sensor", time = "$.ts", fields = new { occupied = "$.occupied", ts = "$.ts" } },
    };

    [Fact]
    public async Task IngestMessage_VendorJsonRecords_ValidBecomeObservationsInvalidAreQuarantinedWithReport()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        Assert.Equal(HttpStatusCode.Created, (await scenario.RegisterCodecAsync("acme/park-json", "network", "park-json.mapping.json")).StatusCode);
        var response = await scenario.Client.PostAsJsonAsync("/api/devices", new
        {
            vendorDeviceId = "CAPTEUR-0042",
            model = "acme/park-json",
            thing = new { name = "Place 42" },
            at = Morning.AddHours(-1),
        });
        var device = await response.Content.ReadFromJsonAsync<JsonElement>();
        var (feed, token) = await scenario.CreateFeedAsync("json", JsonPaths);
        var at = Morning.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var body = $$"""
            {"spaces": [
              {"sensor": "CAPTEUR-0042", "ts": "{{at}}", "occupied": true},
              {"sensor": "CAPTEUR-0042", "ts": "{{at}}", "occupied": "oui"}
            ]}
            """;

        var posted = await scenario.PostAsync(feed, token, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var receipt = await posted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("quarantined", receipt.GetProperty("status").GetString());
        Assert.Equal(1, receipt.GetProperty("observations").GetInt32());
        var report = receipt.GetProperty("report");
        Assert.Equal("ingest.invalid-record", report.GetProperty("issues")[0].GetProperty("code").GetString());
        Assert.Equal("/spaces/1", report.GetProperty("issues")[0].GetProperty("pointer").GetString());
        var validation = Assert.Single(report.GetProperty("validation").EnumerateArray());
        Assert.False(validation.GetProperty("valid").GetBoolean());
        Assert.Equal("/occupied", validation.GetProperty("entries")[0].GetProperty("location").GetProperty("pointer").GetString());
        var observation = Assert.Single(await scenario.ObservationsAsync(await scenario.OccupiedDatastreamAsync(device)));
        Assert.True(observation.Result.Boolean);
    }
}
