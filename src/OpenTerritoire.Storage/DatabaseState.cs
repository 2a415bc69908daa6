namespace OpenTerritoire.Storage;

/// <summary>What the readiness probe found: reachable or not, and the applied versus expected schema version.</summary>
public sealed record DatabaseState(bool IsReachable, int AppliedVersion, int ExpectedVersion, string? Failure)
{
    public bool IsReady => IsReachable && AppliedVersion >= ExpectedVersion;

    public static DatabaseState Ready(int version) => new(true, version, version, null);

    public static DatabaseState NotMigrated(int applied, int expected) => new(true, applied, expected, "migrations pending");

    public static DatabaseState Unreachable(string failure) =>
        new(false, 0, Migrations.MigrationCatalog.LatestVersion, failure);
}
