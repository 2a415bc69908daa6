using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>A row of <c>devices</c> as Dapper reads it, shared by the device store and device provisioning.</summary>
internal sealed class DeviceRow
{
    public long Id { get; init; }

    public long TenantId { get; init; }

    public Guid? FeedId { get; init; }

    public string? DevEui { get; init; }

    public string? VendorDeviceId { get; init; }

    public string? Model { get; init; }

    public long? ThingId { get; init; }

    public long? SensorId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Device ToDevice() => new(
        new DeviceId(Id),
        new TenantId(TenantId),
        FeedId is { } feed ? new FeedId(feed) : null,
        Core.Ingestion.DevEui.TryParse(DevEui, out var devEui) ? devEui : null,
        VendorDeviceId,
        Model,
        ThingId is { } thing ? new ThingId(thing) : null,
        SensorId is { } sensor ? new SensorId(sensor) : null,
        CreatedAt);
}
