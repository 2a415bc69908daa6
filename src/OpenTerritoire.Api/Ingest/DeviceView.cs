using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary>A registered device with the Thing, Sensor and Datastreams it feeds.</summary>
public sealed record DeviceView(
    long Id, string? DevEui, string? VendorDeviceId, string? Model, long? ThingId, long? SensorId,
    IReadOnlyList<long> Datastreams, DateTimeOffset CreatedAt)
{
    public static DeviceView Of(Device device, IReadOnlyList<long>? datastreams = null)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new(
            device.Id.Value, device.DevEui?.Value, device.VendorDeviceId, device.Model, device.ThingId?.Value,
            device.SensorId?.Value, datastreams ?? [], device.CreatedAt);
    }
}
