using Dapper;
using Geometry = NetTopologySuite.Geometries.Geometry;
using Point = NetTopologySuite.Geometries.Point;
using Npgsql;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Sensing;

/// <summary>Locations of a tenant.</summary>
public sealed class LocationStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "id, tenant_id, name, description, encoding_type, location, properties::text AS properties";

    private const string InsertSql = $"""
        INSERT INTO locations (tenant_id, name, description, encoding_type, location, properties)
        VALUES (@TenantId, @Name, @Description, @EncodingType, @Location, @Properties::jsonb)
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM locations
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectByThingSql = """
        SELECT l.id, l.tenant_id, l.name, l.description, l.encoding_type, l.location, l.properties::text AS properties
        FROM locations l
        JOIN things_locations tl ON tl.location_id = l.id
        WHERE l.tenant_id = @TenantId
          AND tl.thing_id = @ThingId
        ORDER BY l.id
        """;

    /// <summary>Stores a new Location; the id is assigned by the database (the one given is ignored).</summary>
    public async Task<Location> AppendAsync(TenantId tenant, Location location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        TenantGuard.EnsureSame(tenant, location.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<LocationRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                location.Name,
                location.Description,
                location.EncodingType,
                Location = location.Geometry,
                Properties = JsonColumn.ToText(location.Properties),
            },
            cancellationToken: cancellationToken));
        return row.ToLocation();
    }

    public async Task<Location?> FindAsync(TenantId tenant, LocationId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<LocationRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToLocation();
    }

    /// <summary>The current Locations of a Thing.</summary>
    public async Task<IReadOnlyList<Location>> ListByThingAsync(
        TenantId tenant, ThingId thing, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<LocationRow>(new CommandDefinition(
            SelectByThingSql, new { TenantId = tenant.Value, ThingId = thing.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToLocation()).ToList();
    }

    private sealed class LocationRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public string Name { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public string EncodingType { get; init; } = string.Empty;

        public Geometry Location { get; init; } = Point.Empty;

        public string? Properties { get; init; }

        public Location ToLocation() => new(
            new LocationId(Id), new TenantId(TenantId), Name, Description, EncodingType, Location,
            JsonColumn.FromText(Properties));
    }
}
