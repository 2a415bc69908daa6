using Dapper;
using NetTopologySuite.Geometries;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Sensing;

/// <summary>Datastreams of a tenant.</summary>
public sealed class DatastreamStore(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        id, tenant_id, thing_id, sensor_id, observed_property_id, name, description, unit_name, unit_symbol,
        unit_definition, observation_type, observed_area, schema_id, schema_version, schema_property,
        duplicate_policy, properties::text AS properties, publication
        """;

    // The Thing, Sensor and ObservedProperty must be the tenant's own: the SELECT yields no row otherwise.
    private const string InsertSql = $"""
        INSERT INTO datastreams (
            tenant_id, thing_id, sensor_id, observed_property_id, name, description, unit_name, unit_symbol,
            unit_definition, observation_type, observed_area, schema_id, schema_version, schema_property,
            duplicate_policy, properties, publication)
        SELECT @TenantId, t.id, s.id, p.id, @Name, @Description, @UnitName, @UnitSymbol,
               @UnitDefinition, @ObservationType, @ObservedArea, @SchemaId, @SchemaVersion, @SchemaProperty,
               @DuplicatePolicy, @Properties::jsonb, @Publication
        FROM things t, sensors s, observed_properties p
        WHERE t.tenant_id = @TenantId AND t.id = @ThingId
          AND s.tenant_id = @TenantId AND s.id = @SensorId
          AND p.tenant_id = @TenantId AND p.id = @ObservedPropertyId
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM datastreams
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectByThingSql = $"""
        SELECT {Columns}
        FROM datastreams
        WHERE tenant_id = @TenantId
          AND thing_id = @ThingId
        ORDER BY id
        """;

    // Swapping a device changes the Sensor behind a Datastream, never the Datastream.
    private const string UpdateSensorSql = $"""
        UPDATE datastreams d
        SET sensor_id = s.id
        FROM sensors s
        WHERE d.tenant_id = @TenantId
          AND d.id = @Id
          AND s.tenant_id = @TenantId
          AND s.id = @SensorId
        RETURNING d.id, d.tenant_id, d.thing_id, d.sensor_id, d.observed_property_id, d.name, d.description,
                  d.unit_name, d.unit_symbol, d.unit_definition, d.observation_type, d.observed_area, d.schema_id,
                  d.schema_version, d.schema_property, d.duplicate_policy, d.properties::text AS properties,
                  d.publication
        """;

    /// <summary>
    /// Stores a new Datastream; the id is assigned by the database (the one given is ignored). Fails with
    /// <c>store.not-found</c> when its Thing, Sensor or ObservedProperty is not the tenant's.
    /// </summary>
    public async Task<Result<Datastream>> AppendAsync(
        TenantId tenant, Datastream datastream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(datastream);
        TenantGuard.EnsureSame(tenant, datastream.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DatastreamRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                ThingId = datastream.ThingId.Value,
                SensorId = datastream.SensorId.Value,
                ObservedPropertyId = datastream.ObservedPropertyId.Value,
                datastream.Name,
                datastream.Description,
                UnitName = datastream.Unit.Name,
                UnitSymbol = datastream.Unit.Symbol,
                UnitDefinition = datastream.Unit.Definition,
                datastream.ObservationType,
                datastream.ObservedArea,
                datastream.Schema?.SchemaId,
                SchemaVersion = datastream.Schema?.Version,
                SchemaProperty = datastream.Schema?.Property,
                DuplicatePolicy = DuplicatePolicyColumn.ToName(datastream.DuplicatePolicy),
                Properties = JsonColumn.ToText(datastream.Properties),
                Publication = PublicationStateNames.ToName(datastream.Publication),
            },
            cancellationToken: cancellationToken));
        return row is null
            ? Result.Failure<Datastream>(StorageIssues.RelatedEntityNotFound("/", "Thing, Sensor or ObservedProperty"))
            : Result.Success(row.ToDatastream());
    }

    public async Task<Datastream?> FindAsync(TenantId tenant, DatastreamId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DatastreamRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToDatastream();
    }

    public async Task<IReadOnlyList<Datastream>> ListByThingAsync(
        TenantId tenant, ThingId thing, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DatastreamRow>(new CommandDefinition(
            SelectByThingSql, new { TenantId = tenant.Value, ThingId = thing.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToDatastream()).ToList();
    }

    /// <summary>Puts another Sensor behind a Datastream; null when either is not the tenant's.</summary>
    public async Task<Datastream?> ReplaceSensorAsync(
        TenantId tenant, DatastreamId id, SensorId sensor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DatastreamRow>(new CommandDefinition(
            UpdateSensorSql, new { TenantId = tenant.Value, Id = id.Value, SensorId = sensor.Value },
            cancellationToken: cancellationToken));
        return row?.ToDatastream();
    }

    private sealed class DatastreamRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public long ThingId { get; init; }

        public long SensorId { get; init; }

        public long ObservedPropertyId { get; init; }

        public string Name { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public string? UnitName { get; init; }

        public string? UnitSymbol { get; init; }

        public string? UnitDefinition { get; init; }

        public string ObservationType { get; init; } = string.Empty;

        public Geometry? ObservedArea { get; init; }

        public string? SchemaId { get; init; }

        public string? SchemaVersion { get; init; }

        public string? SchemaProperty { get; init; }

        public string DuplicatePolicy { get; init; } = string.Empty;

        public string? Properties { get; init; }

        public string Publication { get; init; } = string.Empty;

        public Datastream ToDatastream() => new(
            new DatastreamId(Id),
            new TenantId(TenantId),
            new ThingId(ThingId),
            new SensorId(SensorId),
            new ObservedPropertyId(ObservedPropertyId),
            Name,
            Description,
            new UnitOfMeasurement(UnitName, UnitSymbol, UnitDefinition),
            ObservationType,
            ObservedArea,
            SchemaId is null ? null : new SchemaBinding(SchemaId, SchemaVersion!, SchemaProperty!),
            DuplicatePolicyColumn.Parse(DuplicatePolicy),
            JsonColumn.FromText(Properties),
            PublicationColumn.Parse(Publication));
    }
}
