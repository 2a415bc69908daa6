using System.Net;
using System.Net.Http.Json;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;
using static OpenTerritoire.Testing.Http.ProblemAssertions;

namespace OpenTerritoire.Api.Tests.Tenancy;

/// <summary>
/// Tried as an attacker: an admin of one member commune aims every endpoint of the access-control faces at a
/// neighbouring member and at their syndicat. Every attempt answers 404, as if those tenants did not exist.
/// </summary>
public sealed class CrossTenantMatrixTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private readonly Seeder seed = new(hub.Database.DataSource);

    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/api/tenants/{victim}" },
        { "GET", "/api/tokens?tenant={victim}" },
        { "POST", "/api/tokens" },
        { "DELETE", "/api/tokens/{victimToken}?tenant={victim}" },
        { "DELETE", "/api/tokens/{victimToken}" },
        { "GET", "/api/audit?tenant={victim}" },
        { "GET", "/api/sharing-agreements?tenant={victim}" },
        { "POST", "/api/sharing-agreements" },
        { "POST", "/api/tenants" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Endpoint_NeighbourOrParentTenant_Answers404(string method, string template)
    {
        var syndicat = await seed.TenantAsync(new TenantBuilder().WithKind(TenantKind.Syndicat));
        var attacker = await seed.TenantAsync(new TenantBuilder().WithParent(syndicat.Id));
        var neighbour = await seed.TenantAsync(new TenantBuilder().WithParent(syndicat.Id));
        var admin = await seed.TokenAsync(attacker.Id, TokenScope.Admin);
        var attackerDatastream = await seed.DatastreamAsync(attacker.Id);

        foreach (var victim in new[] { neighbour, syndicat })
        {
            var victimToken = await seed.TokenAsync(victim.Id, TokenScope.Read);
            var path = template
                .Replace("{victim}", victim.Code, StringComparison.Ordinal)
                .Replace("{victimToken}", victimToken.Token.Id.ToString(), StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            if (method == "POST")
            {
                request.Content = JsonContent.Create(new
                {
                    tenant = victim.Code,
                    parent = victim.Code,
                    provider = victim.Code,
                    consumer = attacker.Code,
                    kind = "commune",
                    code = "pirate-" + Guid.NewGuid().ToString("N")[..8],
                    name = "Pirate",
                    scopes = new[] { "admin" },
                    datastreamIds = new[] { attackerDatastream.Id.Value },
                    purpose = "Pirate",
                    startsOn = "2026-01-01",
                });
            }

            var response = await hub.CreateClient(admin.Secret).SendAsync(request);
            var stillActive = await hub.CreateClient(victimToken.Secret).GetAsync(new Uri("/api/tenants", UriKind.Relative));

            await AssertProblemAsync(response, HttpStatusCode.NotFound,
                path.StartsWith("/api/tokens/", StringComparison.Ordinal) && !path.Contains('?', StringComparison.Ordinal)
                    ? "identity.token-not-found"
                    : "tenancy.tenant-not-found");
            Assert.Equal(HttpStatusCode.OK, stillActive.StatusCode);
        }
    }
}
