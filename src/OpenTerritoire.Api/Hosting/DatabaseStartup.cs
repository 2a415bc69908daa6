using Microsoft.Extensions.Options;
using OpenTerritoire.Storage;
using OpenTerritoire.Storage.Migrations;

namespace OpenTerritoire.Api.Hosting;

/// <summary>
/// Migrates the database when the hub starts. If the database is not reachable yet, the hub still starts (so
/// <c>/health</c> answers) and retries with back-off; <c>/ready</c> stays 503 until the schema is current.
/// </summary>
public sealed class DatabaseStartup(
    DatabaseMigrator migrator, IOptions<StorageOptions> options, TimeProvider time, ILogger<DatabaseStartup> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await migrator.ApplyAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (StorageFailure.IsTransient(exception))
            {
                ApiLog.MigrationFailedWillRetry(logger, delay.TotalSeconds, exception.GetType().Name);
            }

            await Task.Delay(delay, time, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }
}
