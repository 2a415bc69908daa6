using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Api.Tests.Ingest;

public sealed partial class IngestEndpointsTests(IngestHubFixture fixture) : IClassFixture<IngestHubFixture>
{
    private const string ParkingDevEui = "70B3D5E75E00A1C2";

    private static readonly DateTimeOffset Morning = DateTimeOffset.UtcNow.AddHours(-6);

    [Fact]
    public async Task IngestMessage_TtnV3UplinkOfBuiltInModel_LandsAsObservation()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        await scenario.RegisterBuiltInParkingAsync();
        var device = await scenario.RegisterDeviceAsync(ParkingDevEui, "nwave/nps405");
        var (feed, token) = await scenario.CreateFeedAsync("ttn-v3");

        // 0x95: occupied, 74 minutes in the previous state (nwave/nps405, port 1).
        var response = await scenario.PostAsync(feed, token, IngestSample.Ttn(ParkingDevEui, "lQ==", 10, Morning).Content());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accepted", receipt.GetProperty("status").GetString());
        Assert.Equal(1, receipt.GetProperty("observations").GetInt32());
        var observation = Assert.Single(await scenario.ObservationsAsync(await scenario.OccupiedDatastreamAsync(device)));
        Assert.True(observation.Result.Boolean);
        Assert.Equal(Morning.ToUnixTimeMilliseconds(), observation.PhenomenonTime.Start.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task IngestMessage_ChirpStackV4UplinkOfBuiltInModel_LandsAsObservation()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        await scenario.RegisterBuiltInParkingAsync();
        var device = await scenario.RegisterDeviceAsync(ParkingDevEui, "nwave/nps405");
        var (feed, token) = await scenario.CreateFeedAsync("chirpstack-v4");

        // 0x94: free (nwave/nps405, port 1).
        var response = await scenario.PostAsync(
            feed, token, IngestSample.ChirpStack(ParkingDevEui.ToLowerInvariant(), "lA==", 11, Morning).Content(), "up");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var observation = Assert.Single(await scenario.ObservationsAsync(await scenario.OccupiedDatastreamAsync(device)));
        Assert.False(observation.Result.Boolean);
    }

    [Fact]
    public async Task IngestMessage_JoinAcceptEvent_IsArchivedWithoutObservations()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        var (feed, token) = await scenario.CreateFeedAsync("ttn-v3");
        var join = new IngestSample("ttn-v3-join-accept.json", ParkingDevEui, string.Empty, 0, 1, Morning);

        var response = await scenario.PostAsync(feed, token, join.Content());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("archived", receipt.GetProperty("status").GetString());
        Assert.Equal(0, receipt.GetProperty("observations").GetInt32());
        Assert.Equal(RawMessageStatus.Archived, Assert.Single(await scenario.ArchivedAsync(feed)).Status);
    }

    [Fact]
    public async Task IngestMessage_SameMessageRetried_StoresOneObservation()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        await scenario.RegisterBuiltInParkingAsync();
        var device = await scenario.RegisterDeviceAsync(ParkingDevEui, "nwave/nps405");
        var (feed, token) = await scenario.CreateFeedAsync("ttn-v3");
        var sample = IngestSample.Ttn(ParkingDevEui, "lQ==", 12, Morning);

        var first = await scenario.PostAsync(feed, token, sample.Content());
        var retry = await scenario.PostAsync(feed, token, sample.Content());

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal("duplicate", (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Single(await scenario.ObservationsAsync(await scenario.OccupiedDatastreamAsync(device)));
        Assert.Equal(2, (await scenario.ArchivedAsync(feed)).Count);
    }

    [Fact]
    public async Task CreateFeed_Answered_ShowsTokenOnceAndListsFeedWithoutIt()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);

        var (feed, token) = await scenario.CreateFeedAsync("ttn-v3");
        var list = await scenario.Client.GetFromJsonAsync<JsonElement>("/api/feeds");

        Assert.StartsWith("otf_", token, StringComparison.Ordinal);
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal(feed, listed.GetProperty("id").GetString());
        Assert.False(listed.TryGetProperty("token", out var shown) && shown.ValueKind == JsonValueKind.String);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "auth.unauthenticated")]
    [InlineData("read", HttpStatusCode.Forbidden, "auth.missing-scope")]
    public async Task CreateFeed_CallerWithoutAdminScope_IsRefused(string? scopes, HttpStatusCode status, string code)
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        using var client = fixture.Hub.CreateClient();
        if (scopes is not null)
        {
            client.DefaultRequestHeaders.Add(Testing.Http.TestCaller.TenantHeader, scenario.Tenant.ToString());
            client.DefaultRequestHeaders.Add(Testing.Http.TestCaller.ScopesHeader, scopes);
        }

        var response = await client.PostAsJsonAsync("/api/feeds", new { name = "Flux", kind = "ttn-v3" });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, await ProblemCodeAsync(response));
    }

    private static async Task<string?> ProblemCodeAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors")[0].GetProperty("code").GetString();
    }
}
