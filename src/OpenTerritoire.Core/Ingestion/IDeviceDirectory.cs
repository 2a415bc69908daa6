using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Ingestion;

/// <summary>
/// What the ingestion pipeline needs to know about a tenant's devices. Storage implements it; the pipeline, which
/// sits beside Storage, depends only on this contract.
/// </summary>
public interface IDeviceDirectory
{
    /// <summary>The active device with this DevEUI, or else with this vendor id; null when none is registered.</summary>
    Task<Device?> FindDeviceAsync(
        TenantId tenant, DevEui? devEui, string? vendorDeviceId, CancellationToken cancellationToken);

    /// <summary>A registered device model, or null.</summary>
    Task<DeviceModel?> FindModelAsync(TenantId tenant, string model, CancellationToken cancellationToken);

    /// <summary>The Datastreams of a Thing.</summary>
    Task<IReadOnlyList<Datastream>> ListDatastreamsAsync(TenantId tenant, ThingId thing, CancellationToken cancellationToken);
}
