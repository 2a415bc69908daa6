using OpenTerritoire.Api.SensorThings;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.SensorThings.RequestData;

/// <summary>Above the exact-count limit, <c>@iot.count</c> is the planner's estimate, flagged as such.</summary>
public sealed class CountEstimateTests(StaHubFixture hub) : IClassFixture<StaHubFixture>
{
    [Fact]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/count")]
    public async Task GetCollection_MoreRowsThanTheExactLimit_ReturnsAnEstimatedCountFlagged()
    {
        await using var limited = new HubApplication(
            hub.Database.ConnectionString,
            new Dictionary<string, string?> { ["SensorThings:ExactCountLimit"] = "2" },
            TestAuthenticationHandler.Register);
        var writer = hub.CreateWriter();
        for (var index = 0; index < 4; index++)
        {
            await StaTestData.CreateAsync(writer, "Sensors", """{"name": "Many", "description": "d", "encodingType": "text/plain", "metadata": "m"}""");
        }

        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.TenantHeader, hub.Tenant.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var estimated = await StaTestData.GetJsonAsync(client, "Sensors?$count=true&$top=1");
        var exact = await StaTestData.GetJsonAsync(writer, "Sensors?$count=true&$top=1");

        Assert.True(estimated.GetProperty(StaJsonWriter.CountEstimatedAnnotation).GetBoolean());
        Assert.True(estimated.GetProperty("@iot.count").GetInt64() > 2);
        Assert.Equal(4, exact.GetProperty("@iot.count").GetInt64());
        Assert.False(exact.TryGetProperty(StaJsonWriter.CountEstimatedAnnotation, out _));
    }
}
