using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Api.Registers;

namespace OpenTerritoire.Api.Tests.Registers;

/// <summary>The report form is rate-limited per client address (its own hub, so no other test shares the window).</summary>
public sealed class CitizenReportRateLimitTests(RegistersHubFixture hub) : IClassFixture<RegistersHubFixture>
{
    [Fact]
    public async Task Report_OverTheLimit_Returns429WithRetryAfter()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var index = 0; index <= CitizenFacingEndpoints.ReportsPerMinute; index++)
        {
            var response = await client.PostAsJsonAsync(
                "/registers/reports", new { kind = "unregistered-sensor", tenant = tenant.Code, message = "Caméra au carrefour." });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("protection.too-many-requests",
                    (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("code").GetString());
                Assert.True(response.Headers.Contains("Retry-After"));
            }
        }

        Assert.All(statuses.Take(CitizenFacingEndpoints.ReportsPerMinute), status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
