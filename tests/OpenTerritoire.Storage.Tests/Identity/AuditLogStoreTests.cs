using System.Text.Json;
using Dapper;
using Npgsql;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Storage.Identity;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Identity;

public sealed class AuditLogStoreTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly Seeder seed = new(database.DataSource);
    private readonly AuditLogStore store = new(database.DataSource);

    [Fact]
    public async Task AppendAsync_Entry_RoundTripsEveryField()
    {
        var tenant = await seed.TenantAsync();
        var details = JsonDocument.Parse("""{"scopes":["read"]}""").RootElement;

        var appended = await store.AppendAsync(
            tenant.Id,
            new AuditEntry(0, tenant.Id, "token:7", AuditActions.TokenCreate, "token", "42", Now, "2001:db8::1", details),
            CancellationToken.None);
        var listed = await store.ListAsync(tenant.Id, null, 10, CancellationToken.None);

        var entry = Assert.Single(listed);
        Assert.Equal(appended.Id, entry.Id);
        Assert.Equal(("token:7", "token.create", "token", "42", Now, "2001:db8::1"),
            (entry.Actor, entry.Action, entry.TargetType, entry.TargetId, entry.At, entry.RemoteAddress));
        Assert.Equal("read", entry.Details!.Value.GetProperty("scopes")[0].GetString());
    }

    [Fact]
    public async Task ListAsync_OtherTenant_ReturnsNothing()
    {
        var tenant = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        await store.AppendAsync(tenant.Id, Entry(tenant.Id, Now), CancellationToken.None);

        Assert.Empty(await store.ListAsync(other.Id, null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_Since_ReturnsNewerEntriesNewestFirst()
    {
        var tenant = await seed.TenantAsync();
        await store.AppendAsync(tenant.Id, Entry(tenant.Id, Now.AddDays(-2)), CancellationToken.None);
        await store.AppendAsync(tenant.Id, Entry(tenant.Id, Now), CancellationToken.None);
        await store.AppendAsync(tenant.Id, Entry(tenant.Id, Now.AddHours(1)), CancellationToken.None);

        var listed = await store.ListAsync(tenant.Id, Now.AddDays(-1), 10, CancellationToken.None);

        Assert.Equal([Now.AddHours(1), Now], listed.Select(entry => entry.At));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'someone-else' WHERE tenant_id = @TenantId")]
    [InlineData("DELETE FROM audit_log WHERE tenant_id = @TenantId")]
    [InlineData("TRUNCATE audit_log")]
    public async Task AuditLog_ChangeOrDelete_IsRefusedByTheDatabase(string sql)
    {
        var tenant = await seed.TenantAsync();
        await store.AppendAsync(tenant.Id, Entry(tenant.Id, Now), CancellationToken.None);
        await using var connection = await database.DataSource.OpenConnectionAsync();

        var exception = await Assert.ThrowsAsync<PostgresException>(
            () => connection.ExecuteAsync(sql, new { TenantId = tenant.Id.Value }));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, exception.SqlState);
        Assert.Single(await store.ListAsync(tenant.Id, null, 10, CancellationToken.None));
    }

    private static AuditEntry Entry(Core.Tenancy.TenantId tenant, DateTimeOffset at) =>
        new(0, tenant, "cli", AuditActions.TenantCreate, "tenant", "x", at, null, null);
}
