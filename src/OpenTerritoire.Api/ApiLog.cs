using OpenTerritoire.Core.Logging;

namespace OpenTerritoire.Api;

/// <summary>Every log message of the Api project.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(LogEvents.MigrationFailedWillRetry, LogLevel.Warning,
        "Database not reachable for migrations ({Failure}); retrying in {DelaySeconds} s")]
    public static partial void MigrationFailedWillRetry(ILogger logger, double delaySeconds, string failure);

    [LoggerMessage(LogEvents.ReadinessCheckFailed, LogLevel.Warning, "Not ready: {Failure}")]
    public static partial void ReadinessCheckFailed(ILogger logger, string failure);

    [LoggerMessage(LogEvents.UnhandledException, LogLevel.Error, "Unhandled exception on {Method} {Path}")]
    public static partial void UnhandledException(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(LogEvents.DatabaseUnavailable, LogLevel.Warning, "Database unavailable on {Method} {Path}: {Failure}")]
    public static partial void DatabaseUnavailable(ILogger logger, string method, string path, string failure);

    [LoggerMessage(LogEvents.PlatformTokenEnsured, LogLevel.Information,
        "Platform admin token {TokenId} from OPENTERRITOIRE_ADMIN_TOKEN is in place")]
    public static partial void PlatformTokenEnsured(ILogger logger, string tokenId);

    [LoggerMessage(LogEvents.PlatformTokenMalformed, LogLevel.Error,
        "OPENTERRITOIRE_ADMIN_TOKEN is set but is not 'ot_' followed by at least 32 characters of [A-Za-z0-9_-]; no platform token made")]
    public static partial void PlatformTokenMalformed(ILogger logger);

    [LoggerMessage(LogEvents.PlatformTokenFailedWillRetry, LogLevel.Warning,
        "Platform admin token not ensured yet ({Failure}); retrying in {DelaySeconds} s")]
    public static partial void PlatformTokenFailedWillRetry(ILogger logger, double delaySeconds, string failure);

    [LoggerMessage(LogEvents.AuthenticationRefused, LogLevel.Information, "API token refused: {Code} (token {TokenId})")]
    public static partial void AuthenticationRefused(ILogger logger, string code, string tokenId);

    [LoggerMessage(LogEvents.RateLimited, LogLevel.Information, "Rate limit reached for {Partition} on {Method} {Path}")]
    public static partial void RateLimited(ILogger logger, string partition, string method, string path);
    [LoggerMessage(LogEvents.IngestMessageQuarantined, LogLevel.Warning,
        "Feed {FeedId} of tenant {TenantId}: message {RawMessageId} quarantined ({Count} issues, first {Code})")]
    public static partial void IngestMessageQuarantined(
        ILogger logger, string feedId, long tenantId, long rawMessageId, int count, string code);

    [LoggerMessage(LogEvents.IngestMessageRejected, LogLevel.Information,
        "Feed {FeedId} of tenant {TenantId}: message refused as bad input ({Code})")]
    public static partial void IngestMessageRejected(ILogger logger, string feedId, long tenantId, string code);

    [LoggerMessage(LogEvents.IngestMessageStored, LogLevel.Debug,
        "Feed {FeedId} of tenant {TenantId}: message {RawMessageId} stored with {Count} observations")]
    public static partial void IngestMessageStored(ILogger logger, string feedId, long tenantId, long rawMessageId, int count);
    [LoggerMessage(LogEvents.RegisterRecordWritten, LogLevel.Information,
        "Stored version {Version} of {Register} record {RecordId} for tenant {TenantId}")]
    public static partial void RegisterRecordWritten(ILogger logger, int version, string register, long recordId, long tenantId);

    [LoggerMessage(LogEvents.CitizenReportReceived, LogLevel.Information,
        "Received a {ReportKind} citizen report {ReportId} for tenant {TenantId}")]
    public static partial void CitizenReportReceived(ILogger logger, string reportKind, long reportId, long tenantId);
}
