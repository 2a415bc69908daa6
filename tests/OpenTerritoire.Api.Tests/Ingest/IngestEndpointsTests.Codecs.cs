using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Api.Tests.Ingest;

public sealed partial class IngestEndpointsTests
{
    private const string RadarDevEui = "A81758FFFE0A1B2C";

    [Fact]
    public async Task RegisterCodec_ScriptThatNeverReturns_IsRefusedWithItsFailingExample()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);

        var response = await scenario.RegisterCodecAsync(
            "acme/looping", "javascript", "acme-park-radar.mapping.json", "looping.js", "acme-park-radar.examples.json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, error => Assert.Equal("codec.example-failed", error.GetProperty("code").GetString()));
        Assert.Equal("/examples/0", errors[0].GetProperty("pointer").GetString());
        Assert.Empty((await scenario.Client.GetFromJsonAsync<JsonElement>("/api/codecs")).EnumerateArray());
    }

    [Fact]
    public async Task RegisterCodec_VendorExamplesPass_IsListed()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);

        await scenario.RegisterRadarParkingAsync();
        var list = await scenario.Client.GetFromJsonAsync<JsonElement>("/api/codecs");

        var model = Assert.Single(list.EnumerateArray());
        Assert.Equal("acme/park-radar", model.GetProperty("model").GetString());
        Assert.Equal(3, model.GetProperty("examples").GetInt32());
    }

    [Theory]
    [InlineData("/w==", new[] { "codec.timeout", "codec.statement-limit" })]
    [InlineData("/g==", new[] { "codec.script-error" })]
    public async Task IngestMessage_HostileCodec_AnswersBadRequestNotServerError(string payload, string[] codes)
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        Assert.Equal(HttpStatusCode.Created, (await scenario.RegisterCodecAsync(
            "acme/hostile", "javascript", "acme-park-radar.mapping.json", "hostile.js", "hostile.examples.json")).StatusCode);
        await scenario.RegisterDeviceAsync(RadarDevEui, "acme/hostile");
        var (feed, token) = await scenario.CreateFeedAsync("chirpstack-v4");

        var response = await scenario.PostAsync(
            feed, token, IngestSample.ChirpStack(RadarDevEui, payload, 1, Morning).Content(), "up");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await ProblemCodeAsync(response), codes);
        Assert.Equal(RawMessageStatus.Quarantined, Assert.Single(await scenario.ArchivedAsync(feed)).Status);
    }
}
