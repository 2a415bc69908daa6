using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>The state of one write transaction: the tenant, the clock's instant, and observations held for one batch.</summary>
internal sealed class StaWriteContext(
    NpgsqlConnection connection, NpgsqlTransaction transaction, TenantId tenant, DateTimeOffset now)
{
    public NpgsqlConnection Connection => connection;

    public NpgsqlTransaction Transaction => transaction;

    public TenantId Tenant => tenant;

    /// <summary>The instant of the request: default phenomenon time, HistoricalLocation time.</summary>
    public DateTimeOffset Now => now;

    /// <summary>Observations to append, with the pointer of each draft, in one batch before commit.</summary>
    public List<(NewObservation Observation, string Pointer)> PendingObservations { get; } = [];

    public List<Issue> Issues { get; } = [];
}
