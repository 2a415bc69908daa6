using Dapper;
using Npgsql;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Sensing;

/// <summary>HistoricalLocations of a tenant's Things, each with the Locations it recorded.</summary>
public sealed class HistoricalLocationStore(NpgsqlDataSource dataSource)
{
    private const string InsertSql = """
        INSERT INTO historical_locations (tenant_id, thing_id, time)
        SELECT tenant_id, id, @Time
        FROM things
        WHERE tenant_id = @TenantId
          AND id = @ThingId
        RETURNING id
        """;

    private const string InsertLocationsSql = """
        INSERT INTO historical_locations_locations (historical_location_id, location_id, tenant_id)
        SELECT @HistoricalLocationId, l.id, l.tenant_id
        FROM locations l
        WHERE l.tenant_id = @TenantId
          AND l.id = ANY (@LocationIds)
        """;

    private const string SelectByThingSql = """
        SELECT h.id, h.tenant_id, h.thing_id, h.time,
               coalesce(array_agg(hl.location_id ORDER BY hl.location_id)
                        FILTER (WHERE hl.location_id IS NOT NULL), '{}') AS location_ids
        FROM historical_locations h
        LEFT JOIN historical_locations_locations hl ON hl.historical_location_id = h.id
        WHERE h.tenant_id = @TenantId
          AND h.thing_id = @ThingId
        GROUP BY h.id
        ORDER BY h.time DESC, h.id DESC
        """;

    /// <summary>
    /// Records where a Thing was from <paramref name="time"/> on; null when the Thing is not the tenant's.
    /// Locations of another tenant are left out.
    /// </summary>
    public async Task<HistoricalLocation?> AppendAsync(
        TenantId tenant, ThingId thing, DateTimeOffset time, IReadOnlyList<LocationId> locations,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(locations);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            InsertSql, new { TenantId = tenant.Value, ThingId = thing.Value, Time = time }, transaction,
            cancellationToken: cancellationToken));
        if (id is null)
        {
            return null;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            InsertLocationsSql,
            new
            {
                HistoricalLocationId = id.Value,
                TenantId = tenant.Value,
                LocationIds = locations.Select(location => location.Value).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (await ListByThingAsync(tenant, thing, cancellationToken)).Single(entry => entry.Id.Value == id.Value);
    }

    /// <summary>A Thing's history, newest first.</summary>
    public async Task<IReadOnlyList<HistoricalLocation>> ListByThingAsync(
        TenantId tenant, ThingId thing, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<HistoricalLocationRow>(new CommandDefinition(
            SelectByThingSql, new { TenantId = tenant.Value, ThingId = thing.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToHistoricalLocation()).ToList();
    }

    private sealed class HistoricalLocationRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public long ThingId { get; init; }

        public DateTimeOffset Time { get; init; }

        public long[] LocationIds { get; init; } = [];

        public HistoricalLocation ToHistoricalLocation() => new(
            new HistoricalLocationId(Id),
            new TenantId(TenantId),
            new ThingId(ThingId),
            Time,
            LocationIds.Select(location => new LocationId(location)).ToList());
    }
}
