using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Ingestion;
using OpenTerritoire.Storage.Sensing;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.Ingest;

/// <summary>One test's own tenant on the shared hub, with the calls a DSI and a network server make.</summary>
public sealed class IngestScenario(IngestHubFixture fixture, TenantId tenant, HttpClient client)
{
    public TenantId Tenant { get; } = tenant;

    public HttpClient Client { get; } = client;

    public static async Task<IngestScenario> CreateAsync(IngestHubFixture fixture)
    {
        var tenant = await new Seeder(fixture.Database.DataSource).TenantAsync();
        var client = fixture.Hub.CreateClient();
        client.DefaultRequestHeaders.Add(TestCaller.TenantHeader, tenant.Id.ToString());
        client.DefaultRequestHeaders.Add(TestCaller.ScopesHeader, "read,write,admin");
        return new IngestScenario(fixture, tenant.Id, client);
    }

    public Task<HttpResponseMessage> RegisterCodecAsync(
        string model, string kind, string mappingFile, string? sourceFile = null, string? examplesFile = null) =>
        Client.PostAsJsonAsync("/api/codecs", new
        {
            model,
            kind,
            source = sourceFile is null ? null : IngestSample.Read(sourceFile),
            examples = examplesFile is null ? null : JsonNode.Parse(IngestSample.Read(examplesFile)),
            mapping = JsonNode.Parse(IngestSample.Read(mappingFile)),
        });

    public async Task RegisterBuiltInParkingAsync() =>
        Assert.Equal(HttpStatusCode.Created, (await RegisterCodecAsync("nwave/nps405", "builtin", "nwave-nps405.mapping.json")).StatusCode);

    public async Task RegisterRadarParkingAsync() => Assert.Equal(
        HttpStatusCode.Created,
        (await RegisterCodecAsync(
            "acme/park-radar", "javascript", "acme-park-radar.mapping.json", "acme-park-radar.js",
            "acme-park-radar.examples.json")).StatusCode);

    /// <summary>Declares a feed; answers its id and its token.</summary>
    public async Task<(string Id, string Token)> CreateFeedAsync(string kind, object? settings = null)
    {
        var response = await Client.PostAsJsonAsync("/api/feeds", new { name = "Flux " + kind, kind, settings });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var feed = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (feed.GetProperty("id").GetString()!, feed.GetProperty("token").GetString()!);
    }

    /// <summary>Registers a device on a new parking space; answers the device.</summary>
    public async Task<JsonElement> RegisterDeviceAsync(string devEui, string model, DateTimeOffset? at = null)
    {
        var response = await Client.PostAsJsonAsync("/api/devices", new
        {
            devEui,
            model,
            at,
            thing = new
            {
                name = "Place " + devEui[^4..],
                description = "Place de stationnement",
                location = new { type = "Point", coordinates = new[] { -0.6335, 45.7442 } },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> PostAsync(string feedId, string token, HttpContent content, string? eventType = null)
    {
        var request = new HttpRequestMessage(
            HttpMethod.Post, "/ingest/" + feedId + (eventType is null ? string.Empty : "?event=" + eventType))
        {
            Content = content,
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    public async Task<IReadOnlyList<Observation>> ObservationsAsync(long datastream) =>
        await new ObservationStore(fixture.Database.DataSource).ListAsync(
            Tenant, new DatastreamId(datastream), DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue, 1000, CancellationToken.None);

    public async Task<IReadOnlyList<RawMessage>> ArchivedAsync(string feedId) =>
        await new RawArchiveStore(fixture.Database.DataSource).ListByFeedAsync(
            Tenant, new FeedId(Guid.Parse(feedId)), null, 1000, CancellationToken.None);

    /// <summary>The datastream of a device bound to the parking schema's <c>occupied</c> property.</summary>
    public async Task<long> OccupiedDatastreamAsync(JsonElement device)
    {
        var datastreams = await new DatastreamStore(fixture.Database.DataSource).ListByThingAsync(
            Tenant, new ThingId(device.GetProperty("thingId").GetInt64()), CancellationToken.None);
        return datastreams.Single(datastream => datastream.Schema?.Property == "occupied").Id.Value;
    }

    public Task<IReadOnlyList<SensorPeriod>> PeriodsAsync(long datastream) =>
        new DeviceProvisioning(fixture.Database.DataSource).ListPeriodsAsync(
            Tenant, new DatastreamId(datastream), CancellationToken.None);
}
