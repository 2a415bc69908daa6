using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Ingestion;

public sealed partial class DeviceProvisioning
{
    private const string SelectThingSql = """
        SELECT id
        FROM things
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string InsertThingSql = """
        INSERT INTO things (tenant_id, name, description)
        VALUES (@TenantId, @Name, @Description)
        RETURNING id
        """;

    private const string InsertLocationSql = """
        WITH location AS (
            INSERT INTO locations (tenant_id, name, location)
            VALUES (@TenantId, @Name, @Location)
            RETURNING id
        )
        INSERT INTO things_locations (thing_id, location_id, tenant_id)
        SELECT @ThingId, id, @TenantId
        FROM location
        """;

    private const string InsertSensorSql = """
        INSERT INTO sensors (tenant_id, name, description, encoding_type, metadata)
        VALUES (@TenantId, @Name, @Description, 'text/plain', @Metadata)
        RETURNING id
        """;

    private const string InsertDeviceSql = """
        INSERT INTO devices (tenant_id, feed_id, dev_eui, vendor_device_id, model, thing_id, sensor_id)
        VALUES (@TenantId, @FeedId, @DevEui, @VendorDeviceId, @Model, @ThingId, @SensorId)
        ON CONFLICT DO NOTHING
        RETURNING id, tenant_id, feed_id, dev_eui, vendor_device_id, model, thing_id, sensor_id, created_at
        """;

    // Retires the tenant's active device and answers its Thing; no row when it is not the tenant's or already retired.
    private const string RetireDeviceSql = """
        UPDATE devices
        SET retired_at = @At
        WHERE tenant_id = @TenantId
          AND id = @Id
          AND retired_at IS NULL
          AND thing_id IS NOT NULL
        RETURNING thing_id
        """;

    // Swapping a device changes the Sensor behind a Datastream, never the Datastream.
    private const string SwitchDatastreamSensorSql = """
        UPDATE datastreams
        SET sensor_id = @SensorId
        WHERE tenant_id = @TenantId
          AND thing_id = @ThingId
          AND schema_id = @SchemaId
          AND schema_property = @SchemaProperty
        RETURNING id
        """;

    private const string ObservedPropertySql = """
        WITH found AS (
            SELECT id
            FROM observed_properties
            WHERE tenant_id = @TenantId
              AND definition = @Definition
            ORDER BY id
            LIMIT 1
        ), created AS (
            INSERT INTO observed_properties (tenant_id, name, definition)
            SELECT @TenantId, @Name, @Definition
            WHERE NOT EXISTS (SELECT 1 FROM found)
            RETURNING id
        )
        SELECT id FROM found
        UNION ALL
        SELECT id FROM created
        """;

    private const string InsertDatastreamSql = """
        INSERT INTO datastreams (
            tenant_id, thing_id, sensor_id, observed_property_id, name, unit_name, unit_symbol, unit_definition,
            observation_type, schema_id, schema_version, schema_property, duplicate_policy)
        VALUES (
            @TenantId, @ThingId, @SensorId, @ObservedPropertyId, @Name, @UnitName, @UnitSymbol, @UnitDefinition,
            @ObservationType, @SchemaId, @SchemaVersion, @SchemaProperty, 'keep-first')
        RETURNING id
        """;

    private const string ClosePeriodSql = """
        UPDATE datastream_sensor_periods
        SET valid_to = GREATEST(valid_from, @At)
        WHERE tenant_id = @TenantId
          AND datastream_id = @DatastreamId
          AND valid_to IS NULL
        """;

    private const string OpenPeriodSql = """
        INSERT INTO datastream_sensor_periods (tenant_id, datastream_id, sensor_id, device_id, valid_from)
        VALUES (@TenantId, @DatastreamId, @SensorId, @DeviceId, @At)
        """;

    private const string SelectPeriodsSql = """
        SELECT datastream_id, sensor_id, device_id, valid_from, valid_to
        FROM datastream_sensor_periods
        WHERE tenant_id = @TenantId
          AND datastream_id = @DatastreamId
        ORDER BY valid_from, id
        """;

    private sealed class PeriodRow
    {
        public long DatastreamId { get; init; }

        public long SensorId { get; init; }

        public long? DeviceId { get; init; }

        public DateTimeOffset ValidFrom { get; init; }

        public DateTimeOffset? ValidTo { get; init; }

        public SensorPeriod ToSensorPeriod() => new(
            new DatastreamId(DatastreamId), new SensorId(SensorId),
            DeviceId is { } device ? new DeviceId(device) : null, ValidFrom, ValidTo);
    }
}
