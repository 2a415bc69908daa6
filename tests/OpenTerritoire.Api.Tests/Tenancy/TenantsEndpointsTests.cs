using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Tenancy;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;
using static OpenTerritoire.Testing.Http.ProblemAssertions;

namespace OpenTerritoire.Api.Tests.Tenancy;

/// <summary>The cross-tenant matrix of the tenants face: what each kind of caller sees and may create.</summary>
public sealed class TenantsEndpointsTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private readonly Seeder seed = new(hub.Database.DataSource);

    [Fact]
    public async Task ListTenants_SyndicatReader_SeesItselfAndMembersOnly()
    {
        var syndicat = await seed.TenantAsync(new TenantBuilder().WithKind(TenantKind.Syndicat));
        var member = await seed.TenantAsync(new TenantBuilder().WithParent(syndicat.Id));
        await seed.TenantAsync();
        var reader = await seed.TokenAsync(syndicat.Id, TokenScope.Read);

        var tenants = await hub.CreateClient(reader.Secret).GetFromJsonAsync<JsonElement>("/api/tenants");

        Assert.Equal([syndicat.Code, member.Code], tenants.EnumerateArray().Select(t => t.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task GetTenant_MemberReadsItsSyndicatOrNeighbour_Answers404()
    {
        var syndicat = await seed.TenantAsync(new TenantBuilder().WithKind(TenantKind.Syndicat));
        var member = await seed.TenantAsync(new TenantBuilder().WithParent(syndicat.Id));
        var neighbour = await seed.TenantAsync(new TenantBuilder().WithParent(syndicat.Id));
        var reader = await seed.TokenAsync(member.Id, TokenScope.Admin);
        using var client = hub.CreateClient(reader.Secret);

        var own = await client.GetAsync(new Uri($"/api/tenants/{member.Code}", UriKind.Relative));
        var parent = await client.GetAsync(new Uri($"/api/tenants/{syndicat.Code}", UriKind.Relative));
        var sibling = await client.GetAsync(new Uri($"/api/tenants/{neighbour.Code}", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/api/tenants/no-such-tenant", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await AssertProblemAsync(parent, HttpStatusCode.NotFound, "tenancy.tenant-not-found");
        await AssertProblemAsync(sibling, HttpStatusCode.NotFound, "tenancy.tenant-not-found");
        await AssertProblemAsync(missing, HttpStatusCode.NotFound, "tenancy.tenant-not-found");
    }

    [Fact]
    public async Task CreateTenant_SyndicatAdmin_CreatesMemberAndAdministersIt()
    {
        var syndicat = await seed.TenantAsync(new TenantBuilder().WithKind(TenantKind.Syndicat));
        var admin = await seed.TokenAsync(syndicat.Id, TokenScope.Admin);
        using var client = hub.CreateClient(admin.Secret);

        var response = await client.PostAsJsonAsync(
            "/api/tenants", new { kind = "commune", code = $"commune-membre-{syndicat.Id}", name = "Saint-Orens", siren = "213104821" });
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = await client.PostAsJsonAsync(
            "/api/tokens", new { tenant = created.GetProperty("code").GetString(), name = "Mairie", scopes = new[] { "admin" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(syndicat.Id.Value, created.GetProperty("parentId").GetInt64());
        Assert.Equal(HttpStatusCode.Created, token.StatusCode);
    }

    [Fact]
    public async Task CreateTenant_MemberAdminUnderItsSyndicat_Answers404()
    {
        var syndicat = await seed.TenantAsync(new TenantBuilder().WithKind(TenantKind.Syndicat));
        var member = await seed.TenantAsync(new TenantBuilder().WithParent(syndicat.Id));
        var admin = await seed.TokenAsync(member.Id, TokenScope.Admin);
        var code = $"intrus-{member.Id}";

        var response = await hub.CreateClient(admin.Secret).PostAsJsonAsync(
            "/api/tenants", new { parent = syndicat.Code, kind = "commune", code, name = "Intrus" });

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "tenancy.tenant-not-found", "/parent");
        Assert.Null(await new TenantStore(hub.Database.DataSource).FindByCodeAsync(code, CancellationToken.None));
    }

    [Fact]
    public async Task CreateTenant_PlatformAdmin_CreatesTopLevelTenant()
    {
        var platform = await seed.PlatformTokenAsync();
        var code = "region-" + Guid.NewGuid().ToString("N")[..8];

        var response = await hub.CreateClient(platform).PostAsJsonAsync(
            "/api/tenants", new { kind = "region", code, name = "Occitanie" });
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("parentId").ValueKind);
    }

    [Fact]
    public async Task CreateTenant_TakenCode_Answers409()
    {
        var platform = await seed.PlatformTokenAsync();
        var existing = await seed.TenantAsync();

        var response = await hub.CreateClient(platform).PostAsJsonAsync(
            "/api/tenants", new { kind = "commune", code = existing.Code, name = "Doublon" });

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "tenancy.duplicate-code", "/code");
    }

    public static TheoryData<string, string, string> InvalidRequests => new()
    {
        { """{"code":"x-commune","name":"X"}""", "tenancy.required", "/kind" },
        { """{"kind":"village","code":"x-commune","name":"X"}""", "tenancy.invalid-kind", "/kind" },
        { """{"kind":"region","code":"x-region","name":"X"}""", "tenancy.kind-not-allowed-under-parent", "/kind" },
        { """{"kind":"commune","code":"X Commune","name":"X"}""", "tenancy.invalid-code", "/code" },
        { """{"kind":"commune","code":"x-commune"}""", "tenancy.required", "/name" },
        { """{"kind":"commune","code":"x-commune","name":"X","siren":"12345"}""", "tenancy.invalid-siren", "/siren" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task CreateTenant_InvalidField_AnswersProblemNamingIt(string json, string code, string pointer)
    {
        var syndicat = await seed.TenantAsync(new TenantBuilder().WithKind(TenantKind.Syndicat));
        var admin = await seed.TokenAsync(syndicat.Id, TokenScope.Admin);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await hub.CreateClient(admin.Secret).PostAsync(new Uri("/api/tenants", UriKind.Relative), content);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, code, pointer);
    }

    [Fact]
    public async Task CreateTenant_ReadToken_AnswersMissingScope()
    {
        var syndicat = await seed.TenantAsync(new TenantBuilder().WithKind(TenantKind.Syndicat));
        var reader = await seed.TokenAsync(syndicat.Id, TokenScope.Read, TokenScope.Write, TokenScope.Validate);

        var response = await hub.CreateClient(reader.Secret).PostAsJsonAsync(
            "/api/tenants", new { kind = "commune", code = $"refus-{syndicat.Id}", name = "Refus" });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "auth.missing-scope");
    }
}
