using Dapper;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Sensing;

/// <summary>Things of a tenant.</summary>
public sealed class ThingStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, tenant_id, name, description, properties::text AS properties, publication";

    private const string InsertSql = $"""
        INSERT INTO things (tenant_id, name, description, properties, publication)
        VALUES (@TenantId, @Name, @Description, @Properties::jsonb, @Publication)
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM things
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectAllSql = $"""
        SELECT {Columns}
        FROM things
        WHERE tenant_id = @TenantId
        ORDER BY id
        """;

    // Both must belong to the tenant; the count says whether the pair was valid, whether or not it was new.
    private const string LinkLocationSql = """
        WITH pair AS (
            SELECT t.id AS thing_id, l.id AS location_id, t.tenant_id
            FROM things t
            JOIN locations l ON l.tenant_id = t.tenant_id
            WHERE t.tenant_id = @TenantId
              AND t.id = @ThingId
              AND l.id = @LocationId
        ), inserted AS (
            INSERT INTO things_locations (thing_id, location_id, tenant_id)
            SELECT thing_id, location_id, tenant_id
            FROM pair
            ON CONFLICT DO NOTHING
        )
        SELECT count(*)
        FROM pair
        """;

    private const string DeleteSql = """
        DELETE FROM things
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    /// <summary>Stores a new Thing; the id is assigned by the database (the one given is ignored).</summary>
    public async Task<Thing> AppendAsync(TenantId tenant, Thing thing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thing);
        TenantGuard.EnsureSame(tenant, thing.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<ThingRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                thing.Name,
                thing.Description,
                Properties = JsonColumn.ToText(thing.Properties),
                Publication = PublicationStateNames.ToName(thing.Publication),
            },
            cancellationToken: cancellationToken));
        return row.ToThing();
    }

    public async Task<Thing?> FindAsync(TenantId tenant, ThingId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ThingRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToThing();
    }

    public async Task<IReadOnlyList<Thing>> ListAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ThingRow>(new CommandDefinition(
            SelectAllSql, new { TenantId = tenant.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToThing()).ToList();
    }

    /// <summary>Places a Thing at a Location of the same tenant; false when either is not the tenant's.</summary>
    public async Task<bool> LinkLocationAsync(
        TenantId tenant, ThingId thing, LocationId location, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            LinkLocationSql,
            new { TenantId = tenant.Value, ThingId = thing.Value, LocationId = location.Value },
            cancellationToken: cancellationToken));
        return count == 1;
    }

    public async Task<bool> DeleteAsync(TenantId tenant, ThingId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            DeleteSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken)) == 1;
    }

    private sealed class ThingRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public string Name { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public string? Properties { get; init; }

        public string Publication { get; init; } = string.Empty;

        public Thing ToThing() => new(
            new ThingId(Id),
            new TenantId(TenantId),
            Name,
            Description,
            JsonColumn.FromText(Properties),
            PublicationColumn.Parse(Publication));
    }
}
