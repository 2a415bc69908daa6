using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;
using static OpenTerritoire.Testing.Http.ProblemAssertions;

namespace OpenTerritoire.Api.Tests.Tenancy;

public sealed class SharingAgreementsEndpointsTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private readonly Seeder seed = new(hub.Database.DataSource);

    [Fact]
    public async Task CreateSharingAgreement_ProviderAdmin_ConsumerSeesItAndAuditHasIt()
    {
        var provider = await seed.TenantAsync();
        var consumer = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(provider.Id);
        var admin = await seed.TokenAsync(provider.Id, TokenScope.Admin);
        var consumerReader = await seed.TokenAsync(consumer.Id, TokenScope.Read);

        var created = await hub.CreateClient(admin.Secret).PostAsJsonAsync("/api/sharing-agreements", new
        {
            consumer = consumer.Code,
            datastreamIds = new[] { datastream.Id.Value },
            purpose = "Étude de fréquentation",
            startsOn = "2026-01-01",
            endsOn = "2026-12-31",
        });
        var listed = await hub.CreateClient(consumerReader.Secret).GetFromJsonAsync<JsonElement>("/api/sharing-agreements");
        var audit = await hub.CreateClient(admin.Secret).GetFromJsonAsync<JsonElement>("/api/audit");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var agreement = Assert.Single(listed.EnumerateArray());
        Assert.Equal(provider.Id.Value, agreement.GetProperty("providerId").GetInt64());
        Assert.Equal("2026-12-31", agreement.GetProperty("endsOn").GetString());
        Assert.Equal("sharing-agreement.create", Assert.Single(audit.EnumerateArray()).GetProperty("action").GetString());
    }

    [Fact]
    public async Task CreateSharingAgreement_ConsumersOwnDatastream_Answers400PointingAtIt()
    {
        var provider = await seed.TenantAsync();
        var consumer = await seed.TenantAsync();
        var theirs = await seed.DatastreamAsync(consumer.Id);
        var admin = await seed.TokenAsync(provider.Id, TokenScope.Admin);

        var response = await hub.CreateClient(admin.Secret).PostAsJsonAsync("/api/sharing-agreements", new
        {
            consumer = consumer.Code,
            datastreamIds = new[] { theirs.Id.Value },
            purpose = "Détournement",
            startsOn = "2026-01-01",
        });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "tenancy.not-owned-by-provider", "/datastreamIds/0");
    }

    [Fact]
    public async Task CreateSharingAgreement_OnBehalfOfAnotherProvider_Answers404()
    {
        var provider = await seed.TenantAsync();
        var attacker = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(provider.Id);
        var admin = await seed.TokenAsync(attacker.Id, TokenScope.Admin);

        var response = await hub.CreateClient(admin.Secret).PostAsJsonAsync("/api/sharing-agreements", new
        {
            provider = provider.Code,
            consumer = attacker.Code,
            datastreamIds = new[] { datastream.Id.Value },
            purpose = "Vol",
            startsOn = "2026-01-01",
        });

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "tenancy.tenant-not-found", "/provider");
    }

    [Theory]
    [InlineData("""{"purpose":"p","startsOn":"2026-01-01","datastreamIds":[1]}""", "tenancy.required", "/consumer")]
    [InlineData("""{"consumer":"CONSUMER","startsOn":"01/01/2026","datastreamIds":[1]}""", "tenancy.required", "/purpose")]
    public async Task CreateSharingAgreement_InvalidField_AnswersProblemNamingIt(string template, string code, string pointer)
    {
        var provider = await seed.TenantAsync();
        var consumer = await seed.TenantAsync();
        var admin = await seed.TokenAsync(provider.Id, TokenScope.Admin);
        using var content = new StringContent(
            template.Replace("CONSUMER", consumer.Code, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");

        var response = await hub.CreateClient(admin.Secret).PostAsync(new Uri("/api/sharing-agreements", UriKind.Relative), content);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, code, pointer);
        Assert.True(problem.GetProperty("errors").GetArrayLength() >= 1);
    }
}
