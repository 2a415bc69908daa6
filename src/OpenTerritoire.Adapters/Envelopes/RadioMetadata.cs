namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>How an uplink was heard: the best signal over all gateways, their count and the spreading factor.</summary>
public sealed record RadioMetadata(int? Rssi, double? Snr, int GatewayCount, int? SpreadingFactor)
{
    /// <summary>No radio information (a message not carried over LoRaWAN, or a server that gave none).</summary>
    public static RadioMetadata None { get; } = new(null, null, 0, null);
}
