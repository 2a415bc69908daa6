using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpenTerritoire.Storage;
using OpenTerritoire.Storage.Migrations;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Migrations;

public sealed class DatabaseMigratorTests : IAsyncLifetime
{
    private readonly string database = "ot_migrate_" + Guid.NewGuid().ToString("N")[..16];
    private NpgsqlDataSource dataSource = null!;

    public async Task InitializeAsync()
    {
        await using var admin = new NpgsqlConnection(TestDatabaseServer.ConnectionString);
        await admin.OpenAsync();
        await admin.ExecuteAsync($"CREATE DATABASE \"{database}\"");
        dataSource = StorageServiceCollectionExtensions.CreateDataSource(TestDatabaseServer.ForDatabase(database));
    }

    public async Task DisposeAsync()
    {
        await dataSource.DisposeAsync();
        await TemplateDatabase.DropAsync(database, CancellationToken.None);
    }

    [Fact]
    public async Task ApplyAsync_EmptyDatabase_AppliesEveryMigrationInOrder()
    {
        var applied = await NewMigrator().ApplyAsync(CancellationToken.None);

        Assert.Equal(MigrationCatalog.All.Count, applied);
        await using var connection = await dataSource.OpenConnectionAsync();
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal(MigrationCatalog.All.Select(migration => migration.Version), versions);
        Assert.Equal(MigrationCatalog.LatestVersion, await NewMigrator().GetAppliedVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ApplyAsync_SecondRun_IsNoOp()
    {
        await NewMigrator().ApplyAsync(CancellationToken.None);

        var appliedAgain = await NewMigrator().ApplyAsync(CancellationToken.None);

        Assert.Equal(0, appliedAgain);
    }

    [Fact]
    public async Task ApplyAsync_TwoInstancesAtOnce_ApplyEachMigrationOnce()
    {
        var first = NewMigrator().ApplyAsync(CancellationToken.None);
        var second = NewMigrator().ApplyAsync(CancellationToken.None);

        var counts = await Task.WhenAll(first, second);

        Assert.Equal(MigrationCatalog.All.Count, counts.Sum());
    }

    [Fact]
    public async Task ApplyAsync_AppliedMigrationChanged_Refuses()
    {
        await NewMigrator().ApplyAsync(CancellationToken.None);
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => NewMigrator().ApplyAsync(CancellationToken.None));

        Assert.Contains("0001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAppliedVersionAsync_FreshDatabase_IsZero()
    {
        Assert.Equal(0, await NewMigrator().GetAppliedVersionAsync(CancellationToken.None));
    }

    [Fact]
    public void MigrationCatalog_FileNames_FollowNumberVerbObject()
    {
        Assert.All(MigrationCatalog.All, migration => Assert.Matches("^(create|add|drop|alter|rename)_[a-z0-9_]+$", migration.Name));
    }

    private DatabaseMigrator NewMigrator() => new(dataSource, NullLogger<DatabaseMigrator>.Instance);
}
