namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>What a network server message reports.</summary>
public enum NetworkEventKind
{
    /// <summary>A device uplink with an application payload.</summary>
    Uplink,

    /// <summary>Records of named fields from generic vendor JSON.</summary>
    Records,

    /// <summary>A device (re)joined the network.</summary>
    Join,

    /// <summary>A device status report (battery, link margin).</summary>
    Status,

    /// <summary>A confirmed downlink was acknowledged, or not.</summary>
    Ack,

    /// <summary>A gateway acknowledged transmitting a downlink.</summary>
    TxAck,

    /// <summary>A log or error message from the network server.</summary>
    Log,

    /// <summary>A location solved by the network or a geolocation service.</summary>
    Location,

    /// <summary>Data from an integration or service other than the device itself.</summary>
    Integration,

    /// <summary>A downlink was queued, sent, failed or invalidated.</summary>
    Downlink,
}
