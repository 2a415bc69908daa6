using System.Text.Json;
using OpenTerritoire.Api.SensorThings;

namespace OpenTerritoire.Api.Tests.SensorThings.SensingCore;

public sealed class ServiceRootTests(StaHubFixture hub) : IClassFixture<StaHubFixture>
{
    [Fact]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities")]
    public async Task GetServiceRoot_Always_ListsTheEightEntitySetsWithAbsoluteUrls()
    {
        var body = await StaTestData.GetJsonAsync(hub.CreateAnonymous(), string.Empty);

        var sets = body.GetProperty("value").EnumerateArray()
            .ToDictionary(set => set.GetProperty("name").GetString()!, set => set.GetProperty("url").GetString()!);
        Assert.Equal(
            ["Datastreams", "FeaturesOfInterest", "HistoricalLocations", "Locations", "Observations", "ObservedProperties",
                "Sensors", "Things"],
            sets.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("http://localhost/sta/v1.1/Things", sets["Things"]);
    }

    [Fact]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities")]
    public async Task GetServiceRoot_Always_ListsExactlyTheServedConformanceClasses()
    {
        var body = await StaTestData.GetJsonAsync(hub.CreateAnonymous(), string.Empty);

        var conformance = body.GetProperty("serverSettings").GetProperty("conformance").EnumerateArray()
            .Select(uri => uri.GetString()!).ToList();
        Assert.Equal(SensorThingsEndpoints.Conformance, conformance);
        Assert.DoesNotContain(conformance, uri => uri.Contains("batch", StringComparison.Ordinal));
        Assert.DoesNotContain(conformance, uri => uri.Contains("mqtt", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel")]
    public async Task GetEntity_BehindReverseProxy_SelfLinksUseForwardedSchemeHostAndPrefix()
    {
        var writer = hub.CreateWriter();
        var id = await StaTestData.CreateAsync(writer, "Things", """{"name": "Proxy", "description": "behind a proxy"}""");
        writer.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        writer.DefaultRequestHeaders.Add("X-Forwarded-Host", "data.example.fr");
        writer.DefaultRequestHeaders.Add("X-Forwarded-Prefix", "/hub");

        var body = await StaTestData.GetJsonAsync(writer, $"Things({id})");

        Assert.Equal($"https://data.example.fr/hub/sta/v1.1/Things({id})", body.GetProperty("@iot.selfLink").GetString());
        Assert.Equal(
            $"https://data.example.fr/hub/sta/v1.1/Things({id})/Datastreams",
            body.GetProperty("Datastreams@iot.navigationLink").GetString());
        Assert.Equal(JsonValueKind.Number, body.GetProperty("@iot.id").ValueKind);
    }
}
