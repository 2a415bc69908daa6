using System.Text.Json;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>One application uplink of one device, as the network server delivered it.</summary>
/// <param name="VendorDeviceId">
/// The network server's own device id (TTS <c>device_id</c>, ChirpStack device name).
/// </param>
/// <param name="FrameCounter">The uplink frame counter (0 when the server omitted it).</param>
/// <param name="NetworkDecoded">The payload as the network server's own codec decoded it, when it did.</param>
public sealed record Uplink(
    DevEui DevEui,
    string? VendorDeviceId,
    int FPort,
    long FrameCounter,
    ReadOnlyMemory<byte> Payload,
    DateTimeOffset ReceivedAt,
    JsonElement? NetworkDecoded,
    RadioMetadata Radio);
