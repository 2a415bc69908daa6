using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Identity;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;
using static OpenTerritoire.Testing.Http.ProblemAssertions;

namespace OpenTerritoire.Api.Tests.Identity;

public sealed class TokensEndpointsTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private readonly Seeder seed = new(hub.Database.DataSource);

    [Fact]
    public async Task CreateToken_UsedThenRevoked_AnswersTokenRevoked()
    {
        var tenant = await seed.TenantAsync();
        var admin = await seed.TokenAsync(tenant.Id, TokenScope.Admin);

        var created = await hub.CreateClient(admin.Secret).PostAsJsonAsync(
            "/api/tokens", new { name = "Tableau de bord", scopes = new[] { "read" } });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = body.GetProperty("secret").GetString()!;
        var id = body.GetProperty("token").GetProperty("id").GetInt64();
        using var holder = hub.Hub.CreateClient(secret);
        var beforeRevocation = await holder.GetAsync(new Uri("/api/tenants", UriKind.Relative));
        var revoked = await hub.CreateClient(admin.Secret).DeleteAsync(new Uri($"/api/tokens/{id}", UriKind.Relative));
        var afterRevocation = await holder.GetAsync(new Uri("/api/tenants", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("no-store", created.Headers.CacheControl?.ToString());
        Assert.Equal(secret[..8], body.GetProperty("token").GetProperty("prefix").GetString());
        Assert.Equal(HttpStatusCode.OK, beforeRevocation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("revoked", (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await AssertProblemAsync(afterRevocation, HttpStatusCode.Unauthorized, "auth.token-revoked");
        Assert.Contains("invalid_token", afterRevocation.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyEndpoint_ExpiredToken_AnswersTokenExpired()
    {
        var tenant = await seed.TenantAsync();
        var expired = await seed.TokenAsync(tenant.Id, DateTimeOffset.UtcNow.AddMinutes(-1), TokenScope.Read);

        var response = await hub.CreateClient(expired.Secret).GetAsync(new Uri("/api/tenants", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "auth.token-expired");
    }

    [Theory]
    [InlineData(null, "auth.missing-token")]
    [InlineData("not-a-token", "auth.invalid-token")]
    [InlineData("ot_unknownunknownunknownunknownunknownunknown", "auth.invalid-token")]
    public async Task AnyEndpoint_MissingOrUnknownToken_Answers401(string? bearer, string code)
    {
        using var client = bearer is null ? hub.CreateClient() : hub.Hub.CreateClient(bearer);

        var response = await client.GetAsync(new Uri("/api/tenants", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, code);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateToken_ReadOnlyToken_AnswersMissingScope()
    {
        var tenant = await seed.TenantAsync();
        var reader = await seed.TokenAsync(tenant.Id, TokenScope.Read, TokenScope.Write);

        var response = await hub.CreateClient(reader.Secret).PostAsJsonAsync(
            "/api/tokens", new { name = "escalade", scopes = new[] { "admin" } });

        var problem = await AssertProblemAsync(response, HttpStatusCode.Forbidden, "auth.missing-scope");
        Assert.Equal("admin", problem.GetProperty("errors")[0].GetProperty("expected").GetString());
    }

    [Fact]
    public async Task CreateToken_TenantNotAdministered_Answers404()
    {
        var tenant = await seed.TenantAsync();
        var neighbour = await seed.TenantAsync();
        var admin = await seed.TokenAsync(tenant.Id, TokenScope.Admin);

        var response = await hub.CreateClient(admin.Secret).PostAsJsonAsync(
            "/api/tokens", new { tenant = neighbour.Code, name = "intrus", scopes = new[] { "read" } });

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "tenancy.tenant-not-found", "/tenant");
        Assert.Empty(await new ApiTokenStore(hub.Database.DataSource).ListAsync(neighbour.Id, CancellationToken.None));
    }

    [Fact]
    public async Task CreateToken_SyndicatAdminForMember_IssuesTokenOfTheMember()
    {
        var syndicat = await seed.TenantAsync(new TenantBuilder().WithKind(TenantKind.Syndicat));
        var member = await seed.TenantAsync(new TenantBuilder().WithParent(syndicat.Id));
        var admin = await seed.TokenAsync(syndicat.Id, TokenScope.Admin);

        var response = await hub.CreateClient(admin.Secret).PostAsJsonAsync(
            "/api/tokens", new { tenant = member.Code, name = "Capteurs parking", kind = "feed", scopes = new[] { "write" } });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(member.Id.Value, body.GetProperty("token").GetProperty("tenantId").GetInt64());
        Assert.Equal("feed", body.GetProperty("token").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task RevokeToken_AnotherTenantsToken_Answers404AndLeavesItActive()
    {
        var tenant = await seed.TenantAsync();
        var neighbour = await seed.TenantAsync();
        var admin = await seed.TokenAsync(tenant.Id, TokenScope.Admin);
        var victim = await seed.TokenAsync(neighbour.Id, TokenScope.Read);

        var response = await hub.CreateClient(admin.Secret).DeleteAsync(new Uri($"/api/tokens/{victim.Token.Id}", UriKind.Relative));
        var stillWorks = await hub.CreateClient(victim.Secret).GetAsync(new Uri("/api/tenants", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "identity.token-not-found");
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    [Fact]
    public async Task ListTokens_OwnTenant_ShowsNoSecretNorHash()
    {
        var tenant = await seed.TenantAsync();
        var admin = await seed.TokenAsync(tenant.Id, TokenScope.Admin);
        var other = await seed.TokenAsync(tenant.Id, TokenScope.Read);

        var text = await hub.CreateClient(admin.Secret).GetStringAsync(new Uri("/api/tokens", UriKind.Relative));
        var tokens = JsonDocument.Parse(text).RootElement;

        Assert.Equal(2, tokens.GetArrayLength());
        Assert.DoesNotContain(other.Secret.Value, text, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Token.TokenHash, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyEndpoint_ValidToken_RecordsLastUse()
    {
        var tenant = await seed.TenantAsync();
        var reader = await seed.TokenAsync(tenant.Id, TokenScope.Read);

        await hub.CreateClient(reader.Secret).GetAsync(new Uri("/api/tenants", UriKind.Relative));
        var stored = await new ApiTokenStore(hub.Database.DataSource).FindAsync(tenant.Id, reader.Token.Id, CancellationToken.None);

        Assert.NotNull(stored?.LastUsedAt);
    }

    public static TheoryData<string, string, string> InvalidRequests => new()
    {
        { """{"scopes":["read"]}""", "identity.required", "/name" },
        { """{"name":"x"}""", "identity.required", "/scopes" },
        { """{"name":"x","scopes":["read","superuser"]}""", "identity.unknown-scope", "/scopes/1" },
        { """{"name":"x","scopes":["read"],"kind":"robot"}""", "identity.unknown-kind", "/kind" },
        { """{"name":"x","scopes":["read"],"expiresAt":"2001-01-01T00:00:00Z"}""", "identity.expiry-not-in-future", "/expiresAt" },
        { """{"name":"x","scopes":["read"],"expiresAt":"2999-01-01T00:00:00Z"}""", "identity.expiry-too-far", "/expiresAt" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task CreateToken_InvalidField_AnswersProblemNamingIt(string json, string code, string pointer)
    {
        var tenant = await seed.TenantAsync();
        var admin = await seed.TokenAsync(tenant.Id, TokenScope.Admin);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await hub.CreateClient(admin.Secret).PostAsync(new Uri("/api/tokens", UriKind.Relative), content);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, code, pointer);
    }

    [Fact]
    public async Task CreateToken_FrenchCaller_AnswersInFrench()
    {
        var tenant = await seed.TenantAsync();
        var admin = await seed.TokenAsync(tenant.Id, TokenScope.Admin);
        using var french = hub.CreateClient(admin.Secret);
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var inFrench = await AssertProblemAsync(
            await french.PostAsJsonAsync("/api/tokens", new { scopes = new[] { "read" } }),
            HttpStatusCode.BadRequest, "identity.required", "/name");
        var inEnglish = await AssertProblemAsync(
            await hub.CreateClient(admin.Secret).PostAsJsonAsync("/api/tokens", new { scopes = new[] { "read" } }),
            HttpStatusCode.BadRequest, "identity.required", "/name");

        Assert.NotEqual(
            inEnglish.GetProperty("errors")[0].GetProperty("detail").GetString(),
            inFrench.GetProperty("errors")[0].GetProperty("detail").GetString());
    }
}
