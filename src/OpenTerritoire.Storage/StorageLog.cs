using Microsoft.Extensions.Logging;
using OpenTerritoire.Core.Logging;

namespace OpenTerritoire.Storage;

/// <summary>Every log message of the Storage project.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(LogEvents.MigrationApplied, LogLevel.Information,
        "Applied migration {Version} {MigrationName} in {ElapsedMs} ms")]
    public static partial void MigrationApplied(ILogger logger, int version, string migrationName, long elapsedMs);

    [LoggerMessage(LogEvents.MigrationsUpToDate, LogLevel.Information, "Database schema is up to date at version {Version}")]
    public static partial void MigrationsUpToDate(ILogger logger, int version);

    [LoggerMessage(LogEvents.MigrationLockWaiting, LogLevel.Information,
        "Another instance is migrating the database; waiting for it")]
    public static partial void MigrationLockWaiting(ILogger logger);

    [LoggerMessage(LogEvents.IngestionBatchCommitted, LogLevel.Debug, "Committed an ingestion batch of {Count} messages")]
    public static partial void IngestionBatchCommitted(ILogger logger, int count);

    [LoggerMessage(LogEvents.IngestionBatchFailed, LogLevel.Warning,
        "An ingestion batch of {Count} messages failed ({Failure}); callers were told to retry")]
    public static partial void IngestionBatchFailed(ILogger logger, int count, string failure);
}
