using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.Health;

public sealed class HealthEndpointsTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task GetHealth_Always_ReturnsAlive()
    {
        var response = await hub.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("alive", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.True(response.Headers.Contains("X-Request-Id"));
    }

    [Fact]
    public async Task GetReady_MigratedDatabase_ReturnsReadyWithSchemaVersion()
    {
        var response = await hub.CreateClient().GetAsync(new Uri("/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal(Storage.Migrations.MigrationCatalog.LatestVersion, body.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public async Task GetUnknownRoute_Always_ReturnsProblemJson404()
    {
        var response = await hub.CreateClient().GetAsync(new Uri("/no-such-thing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
