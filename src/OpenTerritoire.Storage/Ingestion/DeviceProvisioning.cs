using Dapper;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>
/// Registers a device on a Thing, and replaces it (vendor swap), in one transaction each: the Thing (created when
/// new), a Sensor for the device, one Datastream per planned schema property (kept when the Thing already has it),
/// and the sensor periods saying which Sensor fed each Datastream from when.
/// </summary>
public sealed partial class DeviceProvisioning(NpgsqlDataSource dataSource)
{
    /// <summary>Registers a device; <c>store.related-not-found</c> for a Thing that is not the tenant's,
    /// <c>store.duplicate-device</c> for a DevEUI or vendor id already registered.</summary>
    public async Task<Result<ProvisionedDevice>> RegisterAsync(
        TenantId tenant, DeviceRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await ProvisionAsync(connection, transaction, tenant, registration, cancellationToken);
        if (result.IsSuccess)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Puts a new device (another DevEUI, vendor, model) behind the Thing of a registered one: the Datastreams stay,
    /// their Sensor changes, the old periods close and new ones open at <see cref="DeviceRegistration.At"/>, and the
    /// old device is retired. <c>store.related-not-found</c> when the device is not the tenant's active one.
    /// </summary>
    public async Task<Result<ProvisionedDevice>> ReplaceAsync(
        TenantId tenant, DeviceId replaced, DeviceRegistration replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var thing = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            RetireDeviceSql, new { TenantId = tenant.Value, Id = replaced.Value, At = replacement.At }, transaction,
            cancellationToken: cancellationToken));
        if (thing is null)
        {
            return Result.Failure<ProvisionedDevice>(StorageIssues.RelatedEntityNotFound("/", "device"));
        }

        var result = await ProvisionAsync(
            connection, transaction, tenant,
            replacement with { ThingId = new ThingId(thing.Value), NewThing = null }, cancellationToken);
        if (result.IsSuccess)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>The sensor periods of a Datastream, oldest first.</summary>
    public async Task<IReadOnlyList<SensorPeriod>> ListPeriodsAsync(
        TenantId tenant, DatastreamId datastream, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<PeriodRow>(new CommandDefinition(
            SelectPeriodsSql, new { TenantId = tenant.Value, DatastreamId = datastream.Value },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToSensorPeriod()).ToList();
    }

    private static async Task<Result<ProvisionedDevice>> ProvisionAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, TenantId tenant, DeviceRegistration registration,
        CancellationToken cancellationToken)
    {
        var found = await ThingOfAsync(connection, transaction, tenant, registration, cancellationToken);
        if (found is not { } thing)
        {
            return Result.Failure<ProvisionedDevice>(StorageIssues.RelatedEntityNotFound("/thingId", "Thing"));
        }

        var identifier = registration.DevEui?.Value ?? registration.VendorDeviceId ?? string.Empty;
        var sensor = await connection.QuerySingleAsync<long>(new CommandDefinition(
            InsertSensorSql,
            new
            {
                TenantId = tenant.Value,
                Name = $"{registration.Model} {identifier}",
                Description = $"Device {identifier}, model {registration.Model}",
                Metadata = registration.Model,
            },
            transaction,
            cancellationToken: cancellationToken));

        var device = await connection.QuerySingleOrDefaultAsync<DeviceRow>(new CommandDefinition(
            InsertDeviceSql,
            new
            {
                TenantId = tenant.Value,
                FeedId = registration.FeedId?.Value,
                DevEui = registration.DevEui?.Value,
                registration.VendorDeviceId,
                registration.Model,
                ThingId = thing.Value,
                SensorId = sensor,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (device is null)
        {
            return Result.Failure<ProvisionedDevice>(StorageIssues.DuplicateDevice(
                registration.DevEui is null ? "/vendorDeviceId" : "/devEui", identifier));
        }

        var datastreams = new List<DatastreamId>();
        foreach (var plan in registration.Datastreams)
        {
            var datastream = await DatastreamForAsync(
                connection, transaction, tenant, thing.Value, sensor, plan, cancellationToken);
            var period = new
            {
                TenantId = tenant.Value,
                DatastreamId = datastream,
                SensorId = sensor,
                DeviceId = device.Id,
                At = registration.At,
            };
            await connection.ExecuteAsync(new CommandDefinition(
                ClosePeriodSql, period, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                OpenPeriodSql, period, transaction, cancellationToken: cancellationToken));
            datastreams.Add(new DatastreamId(datastream));
        }

        return Result.Success(new ProvisionedDevice(device.ToDevice(), datastreams));
    }

    private static async Task<ThingId?> ThingOfAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, TenantId tenant, DeviceRegistration registration,
        CancellationToken cancellationToken)
    {
        if (registration.ThingId is { } existing)
        {
            var found = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                SelectThingSql, new { TenantId = tenant.Value, Id = existing.Value }, transaction,
                cancellationToken: cancellationToken));
            return found is null ? null : existing;
        }

        var created = registration.NewThing
            ?? throw new ArgumentException("A registration names a Thing or describes a new one.", nameof(registration));
        var thing = await connection.QuerySingleAsync<long>(new CommandDefinition(
            InsertThingSql, new { TenantId = tenant.Value, created.Name, created.Description }, transaction,
            cancellationToken: cancellationToken));
        if (created.Location is { } geometry)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                InsertLocationSql,
                new { TenantId = tenant.Value, ThingId = thing, created.Name, Location = geometry },
                transaction,
                cancellationToken: cancellationToken));
        }

        return new ThingId(thing);
    }

    private static async Task<long> DatastreamForAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, TenantId tenant, long thing, long sensor,
        DatastreamPlan plan, CancellationToken cancellationToken)
    {
        var existing = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            SwitchDatastreamSensorSql,
            new
            {
                TenantId = tenant.Value,
                ThingId = thing,
                SensorId = sensor,
                plan.Schema.SchemaId,
                SchemaProperty = plan.Schema.Property,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (existing is { } id)
        {
            return id;
        }

        var property = await connection.QuerySingleAsync<long>(new CommandDefinition(
            ObservedPropertySql,
            new { TenantId = tenant.Value, plan.Name, plan.Definition },
            transaction,
            cancellationToken: cancellationToken));
        return await connection.QuerySingleAsync<long>(new CommandDefinition(
            InsertDatastreamSql,
            new
            {
                TenantId = tenant.Value,
                ThingId = thing,
                SensorId = sensor,
                ObservedPropertyId = property,
                plan.Name,
                UnitName = plan.Unit.Name,
                UnitSymbol = plan.Unit.Symbol,
                UnitDefinition = plan.Unit.Definition,
                plan.ObservationType,
                plan.Schema.SchemaId,
                SchemaVersion = plan.Schema.Version,
                SchemaProperty = plan.Schema.Property,
            },
            transaction,
            cancellationToken: cancellationToken));
    }
}
