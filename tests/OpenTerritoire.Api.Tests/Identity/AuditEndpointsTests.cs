using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;
using static OpenTerritoire.Testing.Http.ProblemAssertions;

namespace OpenTerritoire.Api.Tests.Identity;

public sealed class AuditEndpointsTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private readonly Seeder seed = new(hub.Database.DataSource);

    [Fact]
    public async Task ListAudit_AfterTokenCreatedAndRevoked_HasBothEntriesWithActorAndAddress()
    {
        var tenant = await seed.TenantAsync();
        var admin = await seed.TokenAsync(tenant.Id, TokenScope.Admin);
        using var client = hub.CreateClient(admin.Secret);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var created = await client.PostAsJsonAsync("/api/tokens", new { name = "Export", scopes = new[] { "read" } });
        var issued = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = issued.GetProperty("token").GetProperty("id").GetInt64();
        await client.DeleteAsync(new Uri($"/api/tokens/{id}", UriKind.Relative));

        var entries = await client.GetFromJsonAsync<JsonElement>("/api/audit");

        Assert.Equal(
            [("token.revoke", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("token.create", id.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            entries.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("targetId").GetString())));
        Assert.All(entries.EnumerateArray(), entry =>
        {
            Assert.Equal($"token:{admin.Token.Id}", entry.GetProperty("actor").GetString());
            Assert.Equal("203.0.113.7", entry.GetProperty("remoteAddress").GetString());
        });
        Assert.DoesNotContain(issued.GetProperty("secret").GetString()!, entries.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAudit_FormatCsv_ParsesWithHeaderAndOneRowPerEntry()
    {
        var syndicat = await seed.TenantAsync(new TenantBuilder().WithKind(TenantKind.Syndicat));
        var admin = await seed.TokenAsync(syndicat.Id, TokenScope.Admin);
        using var client = hub.CreateClient(admin.Secret);
        await client.PostAsJsonAsync("/api/tokens", new { name = "Virgule, \"guillemets\"", scopes = new[] { "read" } });
        await client.PostAsJsonAsync("/api/tenants", new { kind = "commune", code = $"csv-{syndicat.Id}", name = "Commune CSV" });
        await client.PostAsJsonAsync("/api/tokens", new { name = "=HYPERLINK(\"x\")", scopes = new[] { "read" } });

        var response = await client.GetAsync(new Uri("/api/audit?format=csv", UriKind.Relative));
        var rows = ParseCsv(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["id", "at", "tenant_id", "actor", "action", "target_type", "target_id", "remote_address", "details"], rows[0]);
        Assert.Equal(["token.create", "token.create"], rows.Skip(1).Select(row => row[4]));
        Assert.All(rows, row => Assert.Equal(9, row.Count));
        Assert.Equal("Virgule, \"guillemets\"", JsonDocument.Parse(rows[2][8]).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListAudit_MemberTenantFromSyndicatAdmin_ShowsTheMembersCreation()
    {
        var syndicat = await seed.TenantAsync(new TenantBuilder().WithKind(TenantKind.Syndicat));
        var admin = await seed.TokenAsync(syndicat.Id, TokenScope.Admin);
        using var client = hub.CreateClient(admin.Secret);
        var code = $"audit-membre-{syndicat.Id}";
        await client.PostAsJsonAsync("/api/tenants", new { kind = "commune", code, name = "Membre" });

        var entries = await client.GetFromJsonAsync<JsonElement>($"/api/audit?tenant={code}");

        var entry = Assert.Single(entries.EnumerateArray());
        Assert.Equal(("tenant.create", code), (entry.GetProperty("action").GetString(), entry.GetProperty("targetId").GetString()));
    }

    [Fact]
    public async Task ListAudit_AnotherTenant_Answers404()
    {
        var tenant = await seed.TenantAsync();
        var neighbour = await seed.TenantAsync();
        var admin = await seed.TokenAsync(tenant.Id, TokenScope.Admin);

        var response = await hub.CreateClient(admin.Secret).GetAsync(new Uri($"/api/audit?tenant={neighbour.Code}", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "tenancy.tenant-not-found", "query:tenant");
    }

    [Fact]
    public async Task ListAudit_ReadToken_AnswersMissingScope()
    {
        var tenant = await seed.TenantAsync();
        var reader = await seed.TokenAsync(tenant.Id, TokenScope.Read);

        var response = await hub.CreateClient(reader.Secret).GetAsync(new Uri("/api/audit", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "auth.missing-scope");
    }

    [Theory]
    [InlineData("/api/audit?format=xml", "identity.unknown-format")]
    [InlineData("/api/audit?limit=0", "identity.invalid-limit")]
    public async Task ListAudit_BadQuery_Answers400(string path, string code)
    {
        var tenant = await seed.TenantAsync();
        var admin = await seed.TokenAsync(tenant.Id, TokenScope.Admin);

        var response = await hub.CreateClient(admin.Secret).GetAsync(new Uri(path, UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, code);
    }

    // RFC 4180: quoted cells may hold commas, doubled quotes and line breaks.
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (quoted)
            {
                if (character == '"' && index + 1 < text.Length && text[index + 1] == '"')
                {
                    cell.Append('"');
                    index++;
                }
                else if (character == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(character);
                }
            }
            else if (character == '"')
            {
                quoted = true;
            }
            else if (character == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (character == '\r' && index + 1 < text.Length && text[index + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                index++;
            }
            else
            {
                cell.Append(character);
            }
        }

        return rows;
    }
}
