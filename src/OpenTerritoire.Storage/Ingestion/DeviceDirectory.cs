using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Sensing;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>The ingestion pipeline's view of the device registry, read from the stores.</summary>
public sealed class DeviceDirectory(DeviceStore devices, DeviceModelStore models, DatastreamStore datastreams)
    : IDeviceDirectory
{
    public Task<Device?> FindDeviceAsync(
        TenantId tenant, DevEui? devEui, string? vendorDeviceId, CancellationToken cancellationToken) =>
        devices.FindActiveAsync(tenant, devEui, vendorDeviceId, cancellationToken);

    public Task<DeviceModel?> FindModelAsync(TenantId tenant, string model, CancellationToken cancellationToken) =>
        models.FindAsync(tenant, model, cancellationToken);

    public Task<IReadOnlyList<Datastream>> ListDatastreamsAsync(
        TenantId tenant, ThingId thing, CancellationToken cancellationToken) =>
        datastreams.ListByThingAsync(tenant, thing, cancellationToken);
}
