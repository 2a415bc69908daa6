using OpenTerritoire.Core.Identity;
using OpenTerritoire.Storage.Identity;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Identity;

public sealed class ApiTokenStoreTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly Seeder seed = new(database.DataSource);
    private readonly ApiTokenStore store = new(database.DataSource);

    [Fact]
    public async Task CreateAsync_NewToken_StoresHashAndPrefixNeverTheSecret()
    {
        var tenant = await seed.TenantAsync();

        var issued = await store.CreateAsync(
            tenant.Id, new NewApiToken("Portail", ApiTokenKind.Application, [TokenScope.Read, TokenScope.Write], Now.AddDays(30), "cli"),
            CancellationToken.None);

        Assert.StartsWith(ApiTokenSecret.Marker, issued.Secret.Value, StringComparison.Ordinal);
        Assert.Equal(issued.Secret.Hash, issued.Token.TokenHash);
        Assert.Equal(issued.Secret.Value[..8], issued.Token.Prefix);
        Assert.DoesNotContain(issued.Secret.Value, issued.Token.ToString(), StringComparison.Ordinal);
        Assert.Equal([TokenScope.Read, TokenScope.Write], issued.Token.Scopes);
        Assert.Equal(tenant.Id, issued.Token.TenantId);
        Assert.Equal(Now.AddDays(30), issued.Token.ExpiresAt);
    }

    [Fact]
    public async Task FindBySecretAsync_IssuedSecret_FindsTheToken()
    {
        var tenant = await seed.TenantAsync();
        var issued = await store.CreateAsync(tenant.Id, NewToken(), CancellationToken.None);

        var found = await store.FindBySecretAsync(issued.Secret, CancellationToken.None);

        Assert.Equal(issued.Token.Id, found?.Id);
    }

    [Fact]
    public async Task FindBySecretAsync_UnknownSecret_ReturnsNull()
    {
        Assert.Null(await store.FindBySecretAsync(ApiTokenSecret.Generate(), CancellationToken.None));
    }

    [Fact]
    public async Task RevokeAsync_OwnToken_SetsRevokedAtOnce()
    {
        var tenant = await seed.TenantAsync();
        var issued = await store.CreateAsync(tenant.Id, NewToken(), CancellationToken.None);

        var revoked = await store.RevokeAsync(tenant.Id, issued.Token.Id, Now, CancellationToken.None);
        var again = await store.RevokeAsync(tenant.Id, issued.Token.Id, Now.AddHours(1), CancellationToken.None);

        Assert.Equal(Now, revoked?.RevokedAt);
        Assert.Equal(Now, again?.RevokedAt);
        Assert.Equal(ApiTokenStatus.Revoked, revoked!.StatusAt(Now));
    }

    [Fact]
    public async Task RevokeAsync_OtherTenantsToken_ReturnsNullAndLeavesItActive()
    {
        var tenant = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var issued = await store.CreateAsync(tenant.Id, NewToken(), CancellationToken.None);

        var revoked = await store.RevokeAsync(other.Id, issued.Token.Id, Now, CancellationToken.None);

        Assert.Null(revoked);
        Assert.Null((await store.FindAsync(tenant.Id, issued.Token.Id, CancellationToken.None))?.RevokedAt);
        Assert.Null(await store.FindAsync(other.Id, issued.Token.Id, CancellationToken.None));
        Assert.Empty(await store.ListAsync(other.Id, CancellationToken.None));
    }

    [Fact]
    public async Task RecordUseAsync_TwiceWithinAMinute_KeepsTheFirstTime()
    {
        var tenant = await seed.TenantAsync();
        var issued = await store.CreateAsync(tenant.Id, NewToken(), CancellationToken.None);

        await store.RecordUseAsync(issued.Token.Id, Now, CancellationToken.None);
        await store.RecordUseAsync(issued.Token.Id, Now.AddSeconds(30), CancellationToken.None);
        var afterHalfMinute = (await store.FindAsync(tenant.Id, issued.Token.Id, CancellationToken.None))?.LastUsedAt;
        await store.RecordUseAsync(issued.Token.Id, Now.AddMinutes(2), CancellationToken.None);
        var afterTwoMinutes = (await store.FindAsync(tenant.Id, issued.Token.Id, CancellationToken.None))?.LastUsedAt;

        Assert.Equal(Now, afterHalfMinute);
        Assert.Equal(Now.AddMinutes(2), afterTwoMinutes);
    }

    [Fact]
    public async Task EnsurePlatformAsync_SameSecretTwice_CreatesOneTenantlessAdminToken()
    {
        Assert.True(ApiTokenSecret.TryParse("ot_" + new string('p', 40), out var secret));

        var first = await store.EnsurePlatformAsync(secret, "bootstrap", "bootstrap", CancellationToken.None);
        var second = await store.EnsurePlatformAsync(secret, "bootstrap", "bootstrap", CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.Null(first.TenantId);
        Assert.Equal([TokenScope.Admin], first.Scopes);
        Assert.Contains(await store.ListPlatformAsync(CancellationToken.None), token => token.Id == first.Id);
    }

    private static NewApiToken NewToken() =>
        new("Capteurs parking", ApiTokenKind.Feed, [TokenScope.Write], null, "cli");
}
