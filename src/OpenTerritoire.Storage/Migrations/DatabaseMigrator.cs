using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OpenTerritoire.Storage.Migrations;

/// <summary>Applies pending migrations in order, each in its own transaction, one hub instance at a time.</summary>
public sealed class DatabaseMigrator(NpgsqlDataSource dataSource, ILogger<DatabaseMigrator> logger)
{
    // An arbitrary constant: every hub instance takes the same session-level advisory lock before migrating.
    private const long MigrationLockKey = 0x4f70656e5465_7272;

    private const string CreateHistoryTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY,
            name text NOT NULL,
            checksum text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    private const string SelectAppliedSql = """
        SELECT version, name, checksum
        FROM schema_migrations
        ORDER BY version
        """;

    private const string InsertAppliedSql = """
        INSERT INTO schema_migrations (version, name, checksum)
        VALUES (@Version, @Name, @Checksum)
        """;

    private const string SelectLatestVersionSql = """
        SELECT coalesce(max(version), 0)
        FROM schema_migrations
        """;

    /// <summary>Applies what is missing and returns how many migrations ran (0 when up to date).</summary>
    /// <exception cref="InvalidOperationException">An applied migration differs from the shipped file.</exception>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await TryLockAsync(connection, cancellationToken))
        {
            StorageLog.MigrationLockWaiting(logger);
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_lock(@Key)", new { Key = MigrationLockKey }, cancellationToken: cancellationToken));
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition(CreateHistoryTableSql, cancellationToken: cancellationToken));
            var applied = (await connection.QueryAsync<(int Version, string Name, string Checksum)>(
                new CommandDefinition(SelectAppliedSql, cancellationToken: cancellationToken)))
                .ToDictionary(row => row.Version);

            var count = 0;
            foreach (var migration in MigrationCatalog.All)
            {
                if (applied.TryGetValue(migration.Version, out var done))
                {
                    if (!string.Equals(done.Checksum, migration.Checksum, StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException(
                            $"Migration {migration.Version:D4}_{migration.Name} was changed after it was applied; " +
                            "migrations are forward-only: add a new one instead.");
                    }

                    continue;
                }

                var stopwatch = Stopwatch.StartNew();
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(
                    migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    InsertAppliedSql, migration, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                StorageLog.MigrationApplied(logger, migration.Version, migration.Name, stopwatch.ElapsedMilliseconds);
                count++;
            }

            if (count == 0)
            {
                StorageLog.MigrationsUpToDate(logger, MigrationCatalog.LatestVersion);
            }

            // A new extension's types (PostGIS) must be reloaded by connections opened before it existed.
            if (count > 0)
            {
                await connection.ReloadTypesAsync(cancellationToken);
            }

            return count;
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_unlock(@Key)", new { Key = MigrationLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    /// <summary>The latest applied version, or 0 on a fresh database.</summary>
    public async Task<int> GetAppliedVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('schema_migrations') IS NOT NULL", cancellationToken: cancellationToken));
        return exists
            ? await connection.ExecuteScalarAsync<int>(new CommandDefinition(SelectLatestVersionSql, cancellationToken: cancellationToken))
            : 0;
    }

    private static Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT pg_try_advisory_lock(@Key)", new { Key = MigrationLockKey }, cancellationToken: cancellationToken));
}
