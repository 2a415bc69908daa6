using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Api.Tests.Ingest;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.Journeys;

/// <summary>
/// The whole chain with real API tokens, no test authentication: a tenant admin declares a codec, a feed and a
/// device; a network server posts an uplink; the tenant reads its private series through SensorThings while an
/// anonymous caller and another tenant see nothing of it.
/// </summary>
public sealed class TokenJourneyTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private static readonly DateTimeOffset Arrival = new(2026, 3, 2, 7, 45, 0, TimeSpan.Zero);

    [Fact]
    public async Task AdminToken_DeclaresFeedAndDevice_UplinkBecomesPrivateObservation()
    {
        var seed = new Seeder(hub.Database.DataSource);
        var commune = await seed.TenantAsync();
        var neighbour = await seed.TenantAsync();
        var admin = hub.CreateClient((await seed.TokenAsync(commune.Id, TokenScope.Admin)).Secret);
        var stranger = hub.CreateClient((await seed.TokenAsync(neighbour.Id, TokenScope.Read)).Secret);

        var codec = await admin.PostAsJsonAsync("/api/codecs", new
        {
            model = "nwave/nps405",
            kind = "builtin",
            mapping = JsonNode.Parse(IngestSample.Read("nwave-nps405.mapping.json")),
        });
        var feed = await (await admin.PostAsJsonAsync("/api/feeds", new { name = "TTN stationnement", kind = "ttn-v3" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var device = await admin.PostAsJsonAsync("/api/devices", new
        {
            devEui = "70B3D57ED0051234",
            model = "nwave/nps405",
            thing = new { name = "Place 12, rue Gambetta", description = "Place", location = new { type = "Point", coordinates = new[] { 4.8357, 45.7640 } } },
        });
        using var uplink = IngestSample.Ttn("70B3D57ED0051234", "lQ==", 7, Arrival).Content();
        using var network = hub.Hub.CreateClient(feed.GetProperty("token").GetString()!);
        var ingested = await network.PostAsync(new Uri($"/ingest/{feed.GetProperty("id").GetString()}", UriKind.Relative), uplink);

        Assert.Equal(HttpStatusCode.Created, codec.StatusCode);
        Assert.Equal(HttpStatusCode.Created, device.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        var own = await admin.GetFromJsonAsync<JsonElement>(new Uri("/sta/v1.1/Observations?$filter=result eq true", UriKind.Relative));
        Assert.Single(own.GetProperty("value").EnumerateArray());
        var anonymous = await hub.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/sta/v1.1/Observations", UriKind.Relative));
        Assert.Empty(anonymous.GetProperty("value").EnumerateArray());
        var foreign = await stranger.GetFromJsonAsync<JsonElement>(new Uri("/sta/v1.1/Observations", UriKind.Relative));
        Assert.Empty(foreign.GetProperty("value").EnumerateArray());
        var intrusion = await stranger.PostAsJsonAsync("/api/feeds", new { name = "x", kind = "ttn-v3" });
        Assert.Equal(HttpStatusCode.Forbidden, intrusion.StatusCode);
    }
}
