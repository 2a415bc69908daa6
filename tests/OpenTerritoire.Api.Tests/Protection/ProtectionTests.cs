using System.Net;
using System.Net.Http.Json;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;
using static OpenTerritoire.Testing.Http.ProblemAssertions;

namespace OpenTerritoire.Api.Tests.Protection;

public sealed class ProtectionTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly Seeder seed = new(database.DataSource);

    [Theory]
    [InlineData("/health")]
    [InlineData("/no-such-page")]
    [InlineData("/api/tenants")]
    public async Task AnyResponse_Always_CarriesSecurityHeaders(string path)
    {
        await using var hub = new HubApplication(database.ConnectionString);

        var response = await hub.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnyEndpoint_BodyOverLimit_Answers413(bool chunked)
    {
        await using var hub = new HubApplication(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Protection:MaxRequestBodyBytes"] = "1024",
        });
        var tenant = await seed.TenantAsync();
        var admin = await seed.TokenAsync(tenant.Id, TokenScope.Admin);

        var body = new { name = new string('x', 2000), scopes = new[] { "read" } };
        using HttpContent content = chunked
            ? JsonContent.Create(body)
            : new StringContent(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

        var response = await hub.CreateClient(admin.Secret).PostAsync(new Uri("/api/tokens", UriKind.Relative), content);

        Assert.Equal(chunked, content.Headers.ContentLength is null);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "protection.body-too-large");
    }

    [Fact]
    public async Task PublicPolicy_OverTheLimit_Answers429WithRetryAfterPerToken()
    {
        await using var hub = new HubApplication(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Protection:RateLimitPermits"] = "2",
            ["Protection:RateLimitWindowSeconds"] = "3600",
        });
        var tenant = await seed.TenantAsync();
        var flooder = await seed.TokenAsync(tenant.Id, TokenScope.Read);
        var other = await seed.TokenAsync(tenant.Id, TokenScope.Read);
        using var client = hub.CreateClient(flooder.Secret);

        var first = await client.GetAsync(new Uri("/api/tenants", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/api/tenants", UriKind.Relative));
        var third = await client.GetAsync(new Uri("/api/tenants", UriKind.Relative));
        var otherToken = await hub.CreateClient(other.Secret).GetAsync(new Uri("/api/tenants", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        await AssertProblemAsync(third, (HttpStatusCode)429, "protection.too-many-requests");
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
    }

    [Fact]
    public async Task PublicPolicy_AnonymousFlood_LimitedPerClientAddress()
    {
        await using var hub = new HubApplication(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Protection:RateLimitPermits"] = "1",
            ["Protection:RateLimitWindowSeconds"] = "3600",
        });

        var responses = new List<HttpResponseMessage>();
        foreach (var address in new[] { "198.51.100.1", "198.51.100.1", "198.51.100.2" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/tenants", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", address);
            responses.Add(await hub.CreateClient().SendAsync(request));
        }

        Assert.Equal(
            [HttpStatusCode.Unauthorized, (HttpStatusCode)429, HttpStatusCode.Unauthorized],
            responses.Select(response => response.StatusCode));
    }

    [Fact]
    public async Task Cors_ConfiguredOrigin_IsAllowedOthersAreNot()
    {
        await using var hub = new HubApplication(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = "https://portail.example.fr",
        });

        var allowed = await PreflightAsync(hub, "https://portail.example.fr");
        var refused = await PreflightAsync(hub, "https://evil.example.com");

        Assert.Equal("https://portail.example.fr", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Hsts_EnabledOnHttps_IsSent()
    {
        await using var hub = new HubApplication(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Protection:Hsts"] = "true",
        });
        using var client = hub.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
        });

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HubApplication hub, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/tenants", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return await hub.CreateClient().SendAsync(request);
    }
}
