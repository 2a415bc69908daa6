using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpenTerritoire.Storage;
using OpenTerritoire.Storage.Migrations;

namespace OpenTerritoire.Testing.Database;

/// <summary>
/// A migrated template database, made once per server and set of migrations; every test class copies it, which is
/// much faster than migrating afresh.
/// </summary>
public static class TemplateDatabase
{
    // Serialises template creation and copies across test processes sharing one server.
    private const long LockKey = 0x54_65_6d_70_6c;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? readyName;

    /// <summary>The template's name: it changes whenever a migration does.</summary>
    public static string Name { get; } = "ot_template_" + Convert.ToHexStringLower(
        System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Concat(MigrationCatalog.All.Select(m => m.Checksum)))))[..12];

    /// <summary>Creates a new database copied from the template (making the template first if needed).</summary>
    public static async Task<string> CreateCopyAsync(string database, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await using var admin = new NpgsqlConnection(TestDatabaseServer.ConnectionString);
            await admin.OpenAsync(cancellationToken);
            await admin.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@Key)", new { Key = LockKey }, cancellationToken: cancellationToken));
            try
            {
                if (readyName is null)
                {
                    await EnsureTemplateAsync(admin, cancellationToken);
                    readyName = Name;
                }

                await admin.ExecuteAsync(new CommandDefinition(
                    $"CREATE DATABASE \"{database}\" TEMPLATE \"{Name}\"", cancellationToken: cancellationToken));
            }
            finally
            {
                await admin.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@Key)", new { Key = LockKey }, cancellationToken: CancellationToken.None));
            }
        }
        finally
        {
            Gate.Release();
        }

        return TestDatabaseServer.ForDatabase(database);
    }

    /// <summary>Drops a database made by <see cref="CreateCopyAsync"/>, closing its connections first.</summary>
    public static async Task DropAsync(string database, CancellationToken cancellationToken)
    {
        await using var admin = new NpgsqlConnection(TestDatabaseServer.ConnectionString);
        await admin.OpenAsync(cancellationToken);
        await admin.ExecuteAsync(new CommandDefinition(
            $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", cancellationToken: cancellationToken));
    }

    private static async Task EnsureTemplateAsync(NpgsqlConnection admin, CancellationToken cancellationToken)
    {
        var exists = await admin.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @Name)", new { Name }, cancellationToken: cancellationToken));
        if (exists)
        {
            return;
        }

        var building = Name + "_building";
        await admin.ExecuteAsync(new CommandDefinition($"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)", cancellationToken: cancellationToken));
        await admin.ExecuteAsync(new CommandDefinition($"CREATE DATABASE \"{building}\"", cancellationToken: cancellationToken));
        await using (var dataSource = StorageServiceCollectionExtensions.CreateDataSource(TestDatabaseServer.ForDatabase(building)))
        {
            await new DatabaseMigrator(dataSource, NullLogger<DatabaseMigrator>.Instance).ApplyAsync(cancellationToken);
        }

        NpgsqlConnection.ClearAllPools();
        await admin.ExecuteAsync(new CommandDefinition($"ALTER DATABASE \"{building}\" RENAME TO \"{Name}\"", cancellationToken: cancellationToken));
    }
}
