using Dapper;
using Npgsql;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Sensing;

/// <summary>Sensors of a tenant.</summary>
public sealed class SensorStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, tenant_id, name, description, encoding_type, metadata, properties::text AS properties";

    private const string InsertSql = $"""
        INSERT INTO sensors (tenant_id, name, description, encoding_type, metadata, properties)
        VALUES (@TenantId, @Name, @Description, @EncodingType, @Metadata, @Properties::jsonb)
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM sensors
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectAllSql = $"""
        SELECT {Columns}
        FROM sensors
        WHERE tenant_id = @TenantId
        ORDER BY id
        """;

    private const string DeleteSql = """
        DELETE FROM sensors
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    /// <summary>Stores a new Sensor; the id is assigned by the database (the one given is ignored).</summary>
    public async Task<Sensor> AppendAsync(TenantId tenant, Sensor sensor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sensor);
        TenantGuard.EnsureSame(tenant, sensor.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<SensorRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                sensor.Name,
                sensor.Description,
                sensor.EncodingType,
                sensor.Metadata,
                Properties = JsonColumn.ToText(sensor.Properties),
            },
            cancellationToken: cancellationToken));
        return row.ToSensor();
    }

    public async Task<Sensor?> FindAsync(TenantId tenant, SensorId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SensorRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToSensor();
    }

    public async Task<IReadOnlyList<Sensor>> ListAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<SensorRow>(new CommandDefinition(
            SelectAllSql, new { TenantId = tenant.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToSensor()).ToList();
    }

    public async Task<bool> DeleteAsync(TenantId tenant, SensorId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            DeleteSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken)) == 1;
    }

    private sealed class SensorRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public string Name { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public string EncodingType { get; init; } = string.Empty;

        public string Metadata { get; init; } = string.Empty;

        public string? Properties { get; init; }

        public Sensor ToSensor() => new(
            new SensorId(Id), new TenantId(TenantId), Name, Description, EncodingType, Metadata,
            JsonColumn.FromText(Properties));
    }
}
