namespace OpenTerritoire.Core.Ingestion;

/// <summary>What became of a received message.</summary>
public enum RawMessageStatus
{
    /// <summary>Archived, not yet processed.</summary>
    Received,

    /// <summary>Its records became observations.</summary>
    Accepted,

    /// <summary>Held with its validation report until a DSI fixes the cause and replays it.</summary>
    Quarantined,

    /// <summary>A retry of a message already received; nothing new was stored.</summary>
    Duplicate,

    /// <summary>Archived only (network-server events other than uplinks, for instance).</summary>
    Archived,
}
