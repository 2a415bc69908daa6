using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Ingestion;

/// <summary>A physical device known to the hub, identified by its DevEUI or a vendor id, feeding a Thing.</summary>
public sealed record Device(
    DeviceId Id,
    TenantId TenantId,
    FeedId? FeedId,
    DevEui? DevEui,
    string? VendorDeviceId,
    string? Model,
    ThingId? ThingId,
    SensorId? SensorId,
    DateTimeOffset CreatedAt);
