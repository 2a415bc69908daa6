using System.Text.Json;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>A network server message other than an uplink, kept for the archive and device health.</summary>
/// <param name="Type">The carrier's own name for the message (<c>join_accept</c>, <c>status</c>…).</param>
/// <param name="BatteryLevel">Battery level in percent, for status events that report it.</param>
/// <param name="Margin">Link margin in dB, for status events.</param>
/// <param name="ExternalPowerSource">True when the device reports mains power, for status events.</param>
/// <param name="Body">The message, unchanged.</param>
public sealed record NetworkEvent(
    NetworkEventKind Kind,
    string Type,
    DevEui? DevEui,
    string? VendorDeviceId,
    DateTimeOffset Time,
    double? BatteryLevel,
    int? Margin,
    bool? ExternalPowerSource,
    JsonElement Body);
