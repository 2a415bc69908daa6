using Dapper;
using Npgsql;
using OpenTerritoire.Storage.Migrations;

namespace OpenTerritoire.Storage;

/// <summary>Answers whether the database is reachable and fully migrated, for the hub's readiness probe.</summary>
public sealed class DatabaseHealth(NpgsqlDataSource dataSource)
{
    private const string SelectVersionSql = """
        SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0
                    ELSE (SELECT coalesce(max(version), 0) FROM schema_migrations) END
        """;

    /// <summary>The state of the database now; never throws for an outage.</summary>
    public async Task<DatabaseState> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var version = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                SelectVersionSql, commandTimeout: 5, cancellationToken: cancellationToken));
            return version >= MigrationCatalog.LatestVersion
                ? DatabaseState.Ready(version)
                : DatabaseState.NotMigrated(version, MigrationCatalog.LatestVersion);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            // Connections pooled before a restart are dead; drop them so the next check starts afresh.
            dataSource.Clear();
            return DatabaseState.Unreachable(exception.GetType().Name);
        }
    }
}
