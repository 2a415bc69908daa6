using OpenTerritoire.Core.Identity;
using OpenTerritoire.Storage.Identity;
using OpenTerritoire.Storage.Tenancy;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Cli.Tests;

/// <summary><c>openterritoire tenants …</c> and <c>openterritoire tokens …</c> on a real database.</summary>
public sealed class IdentityCommandsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TenantsCreate_MemberOfSyndicat_IsListedWithItsParent()
    {
        var syndicat = "cli-syndicat-" + Suffix();
        var commune = "cli-commune-" + Suffix();

        var (parentExit, _) = await RunAsync("tenants", "create", "--kind", "syndicat", "--code", syndicat, "--name", "Syndicat");
        var (memberExit, _) = await RunAsync(
            "tenants", "create", "--kind", "commune", "--code", commune, "--name", "Commune", "--parent", syndicat);
        var (listExit, listing) = await RunAsync("tenants", "list");

        Assert.Equal((0, 0, 0), (parentExit, memberExit, listExit));
        Assert.Contains($"{commune}\tcommune\t{syndicat}\tCommune", listing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantsCreate_UnknownKind_ExitsOneNamingTheIssue()
    {
        var (exit, output) = await RunAsync("tenants", "create", "--kind", "village", "--code", "cli-" + Suffix(), "--name", "X");

        Assert.Equal(1, exit);
        Assert.Contains("tenancy.invalid-kind /kind", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokensCreate_ForTenant_PrintsASecretThatFindsTheTokenThenRevokes()
    {
        var code = "cli-tokens-" + Suffix();
        await RunAsync("tenants", "create", "--kind", "commune", "--code", code, "--name", "Commune");

        var (exit, output) = await RunAsync("tokens", "create", "--tenant", code, "--name", "Portail", "--scopes", "read,write");
        var secretLine = output.Split('\n', StringSplitOptions.TrimEntries).Single(line => line.StartsWith("ot_", StringComparison.Ordinal));
        Assert.True(ApiTokenSecret.TryParse(secretLine, out var secret));
        var token = await new ApiTokenStore(database.DataSource).FindBySecretAsync(secret, CancellationToken.None);
        var (revokeExit, _) = await RunAsync("tokens", "revoke", "--tenant", code, "--id", token!.Id.ToString());
        var (_, listing) = await RunAsync("tokens", "list", "--tenant", code);

        Assert.Equal((0, 0), (exit, revokeExit));
        Assert.Equal([TokenScope.Read, TokenScope.Write], token.Scopes);
        Assert.Contains("\trevoked\t", listing, StringComparison.Ordinal);
        Assert.DoesNotContain(secret.Value, listing, StringComparison.Ordinal);
        var tenant = await new TenantStore(database.DataSource).FindByCodeAsync(code, CancellationToken.None);
        var audit = await new AuditLogStore(database.DataSource).ListAsync(tenant!.Id, null, 10, CancellationToken.None);
        Assert.Equal(["token.revoke", "token.create", "tenant.create"], audit.Select(entry => entry.Action));
    }

    [Fact]
    public async Task TokensCreate_BothTenantAndPlatform_ExitsTwo()
    {
        var (exit, _) = await RunAsync("tokens", "create", "--tenant", "x", "--platform", "--name", "x", "--scopes", "read");

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task TokensCreate_Platform_MakesTenantlessAdminToken()
    {
        var (exit, output) = await RunAsync("tokens", "create", "--platform");
        var secretLine = output.Split('\n', StringSplitOptions.TrimEntries).Single(line => line.StartsWith("ot_", StringComparison.Ordinal));
        Assert.True(ApiTokenSecret.TryParse(secretLine, out var secret));

        var token = await new ApiTokenStore(database.DataSource).FindBySecretAsync(secret, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Null(token?.TenantId);
        Assert.Equal([TokenScope.Admin], token?.Scopes);
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync([.. args, "--connection", database.ConnectionString], output, error, CancellationToken.None);
        return (exit, output + error.ToString());
    }
}
