using Dapper;
using Npgsql;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>The device registry of a tenant: DevEUI or vendor id → Thing, Sensor and model.</summary>
public sealed class DeviceStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "id, tenant_id, feed_id, dev_eui, vendor_device_id, model, thing_id, sensor_id, created_at";

    private const string InsertSql = $"""
        INSERT INTO devices (tenant_id, feed_id, dev_eui, vendor_device_id, model, thing_id, sensor_id)
        VALUES (@TenantId, @FeedId, @DevEui, @VendorDeviceId, @Model, @ThingId, @SensorId)
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM devices
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectByDevEuiSql = $"""
        SELECT {Columns}
        FROM devices
        WHERE tenant_id = @TenantId
          AND dev_eui = @DevEui
        """;

    // A replaced device keeps its row for history; messages go to the device now on the Thing.
    private const string SelectActiveSql = $"""
        SELECT {Columns}
        FROM devices
        WHERE tenant_id = @TenantId
          AND retired_at IS NULL
          AND (dev_eui = @DevEui OR (@DevEui::text IS NULL AND vendor_device_id = @VendorDeviceId))
        ORDER BY id DESC
        LIMIT 1
        """;

    private const string SelectAllSql = $"""
        SELECT {Columns}
        FROM devices
        WHERE tenant_id = @TenantId
        ORDER BY id
        """;

    /// <summary>Registers a device; the id is assigned by the database (the one given is ignored).</summary>
    public async Task<Device> AppendAsync(TenantId tenant, Device device, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        TenantGuard.EnsureSame(tenant, device.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<DeviceRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                FeedId = device.FeedId?.Value,
                DevEui = device.DevEui?.Value,
                device.VendorDeviceId,
                device.Model,
                ThingId = device.ThingId?.Value,
                SensorId = device.SensorId?.Value,
            },
            cancellationToken: cancellationToken));
        return row.ToDevice();
    }

    public async Task<Device?> FindAsync(TenantId tenant, DeviceId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeviceRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToDevice();
    }

    public async Task<Device?> FindByDevEuiAsync(TenantId tenant, DevEui devEui, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeviceRow>(new CommandDefinition(
            SelectByDevEuiSql, new { TenantId = tenant.Value, DevEui = devEui.Value }, cancellationToken: cancellationToken));
        return row?.ToDevice();
    }

    /// <summary>The tenant's active device with this DevEUI, or else with this vendor id.</summary>
    public async Task<Device?> FindActiveAsync(
        TenantId tenant, DevEui? devEui, string? vendorDeviceId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DeviceRow>(new CommandDefinition(
            SelectActiveSql,
            new { TenantId = tenant.Value, DevEui = devEui?.Value, VendorDeviceId = vendorDeviceId },
            cancellationToken: cancellationToken));
        return row?.ToDevice();
    }

    public async Task<IReadOnlyList<Device>> ListAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeviceRow>(new CommandDefinition(
            SelectAllSql, new { TenantId = tenant.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToDevice()).ToList();
    }
}
