using System.CommandLine;
using Microsoft.Extensions.Logging;
using OpenTerritoire.Storage;
using OpenTerritoire.Storage.Migrations;

namespace OpenTerritoire.Cli.Commands;

/// <summary><c>openterritoire db migrate|status</c>: apply or report the database migrations.</summary>
public static class DatabaseCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("db", "Database schema management.");
        var connection = new Option<string?>("--connection")
        {
            Description = $"Npgsql connection string (default: ${StorageServiceCollectionExtensions.ConnectionStringVariable}).",
        };

        var migrate = new Command("migrate", "Apply pending migrations (safe to run while hubs are running).");
        migrate.Options.Add(connection);
        migrate.SetAction((parse, cancellationToken) => MigrateAsync(parse.GetValue(connection), output, cancellationToken));

        var status = new Command("status", "Show the applied and expected schema versions.");
        status.Options.Add(connection);
        status.SetAction((parse, cancellationToken) => StatusAsync(parse.GetValue(connection), output, cancellationToken));

        command.Subcommands.Add(migrate);
        command.Subcommands.Add(status);
        return command;
    }

    private static async Task<int> MigrateAsync(string? connection, TextWriter output, CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString)
        {
            return CliApplication.UsageError;
        }

        await using var dataSource = StorageServiceCollectionExtensions.CreateDataSource(connectionString);
        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        var applied = await new DatabaseMigrator(dataSource, loggers.CreateLogger<DatabaseMigrator>()).ApplyAsync(cancellationToken);
        await output.WriteLineAsync(applied == 0
            ? $"Database already at version {MigrationCatalog.LatestVersion}."
            : $"Applied {applied} migration(s); database at version {MigrationCatalog.LatestVersion}.");
        return 0;
    }

    private static async Task<int> StatusAsync(string? connection, TextWriter output, CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString)
        {
            return CliApplication.UsageError;
        }

        await using var dataSource = StorageServiceCollectionExtensions.CreateDataSource(connectionString);
        var state = await new DatabaseHealth(dataSource).CheckAsync(cancellationToken);
        await output.WriteLineAsync(state.IsReachable
            ? $"Database reachable; schema version {state.AppliedVersion} (this build expects {state.ExpectedVersion})."
            : $"Database not reachable ({state.Failure}).");
        return state.IsReady ? 0 : 1;
    }
}
