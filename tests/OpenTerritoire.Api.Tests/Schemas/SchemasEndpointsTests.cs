using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Testing;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.Schemas;

public sealed class SchemasEndpointsTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task ListSchemas_Always_ListsEveryShippedSchemaWithVersions()
    {
        var body = await hub.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/schemas", UriKind.Relative));

        var ids = body.GetProperty("schemas").EnumerateArray().Select(schema => schema.GetProperty("id").GetString()).ToList();
        Assert.Contains("parking-space-occupancy", ids);
        Assert.Contains("sensor-record", ids);
        Assert.Contains("water-consumption-per-meter", ids);
        var parking = body.GetProperty("schemas").EnumerateArray().Single(schema => schema.GetProperty("id").GetString() == "parking-space-occupancy");
        Assert.Equal("1.0.0", parking.GetProperty("latestVersion").GetString());
        Assert.NotEmpty(parking.GetProperty("observedProperties").EnumerateArray());
    }

    [Theory]
    [InlineData("/schemas/parking-space-occupancy/1.0.0")]
    [InlineData("/schemas/parking-space-occupancy/latest")]
    public async Task GetSchemaDocument_KnownVersion_ReturnsTheShippedFile(string url)
    {
        var response = await hub.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shipped = await File.ReadAllTextAsync(RepositoryRoot.Combine("schemas", "observations", "parking-space-occupancy", "1.0.0.schema.json"));
        Assert.Equal(shipped, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/schemas/no-such-schema")]
    [InlineData("/schemas/parking-space-occupancy/9.0.0")]
    public async Task GetSchema_Unknown_Returns404ProblemListingAvailable(string url)
    {
        var response = await hub.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
