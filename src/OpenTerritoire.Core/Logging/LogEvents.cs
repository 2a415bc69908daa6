namespace OpenTerritoire.Core.Logging;

/// <summary>
/// Event ids of every log message, by range: 1xxx envelope, 2xxx codec, 3xxx mapping, 4xxx validation, 5xxx store,
/// 6xxx publication, 7xxx registers, 8xxx CLI, 9xxx host. An id is never reused.
/// </summary>
public static class LogEvents
{
    public const int SchemaRegistryLoaded = 4001;
    public const int SchemaLoadFailed = 4002;
    public const int SchemaUsesNJsonSchema = 4003;
    public const int SchemaImported = 4004;
    public const int DocumentValidated = 4005;

    public const int MigrationApplied = 5001;
    public const int MigrationsUpToDate = 5002;
    public const int MigrationLockWaiting = 5003;
    public const int ObservationPartitionCreated = 5004;
    public const int IngestionBatchCommitted = 5005;
    public const int IngestionBatchFailed = 5006;

    public const int RegisterRecordWritten = 7001;
    public const int CitizenReportReceived = 7002;

    public const int HostStarted = 9001;
    public const int MigrationFailedWillRetry = 9002;
    public const int ReadinessCheckFailed = 9003;
    public const int HostStopping = 9004;
    public const int UnhandledException = 9005;
    public const int DatabaseUnavailable = 9006;

    // 91xx: access control and protection of the host.
    public const int PlatformTokenEnsured = 9101;
    public const int PlatformTokenMalformed = 9102;
    public const int AuthenticationRefused = 9103;
    public const int RateLimited = 9104;
    public const int PlatformTokenFailedWillRetry = 9105;
    public const int IngestMessageQuarantined = 9007;
    public const int IngestMessageRejected = 9008;
    public const int IngestMessageStored = 9009;
}
