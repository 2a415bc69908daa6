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

    [LoggerMessage(LogEvents.RegisterRecordWritten, LogLevel.Information,
        "Stored version {Version} of {Register} record {RecordId} for tenant {TenantId}")]
    public static partial void RegisterRecordWritten(ILogger logger, int version, string register, long recordId, long tenantId);

    [LoggerMessage(LogEvents.CitizenReportReceived, LogLevel.Information,
        "Received a {ReportKind} citizen report {ReportId} for tenant {TenantId}")]
    public static partial void CitizenReportReceived(ILogger logger, string reportKind, long reportId, long tenantId);
}
