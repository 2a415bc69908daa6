using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Adapters.Ingestion;

/// <summary>What the pipeline made of one message: the message to archive (with its status and report) and the
/// observations its valid records became.</summary>
/// <param name="Rejection">Issues that make the message bad input (the transport answers 4xx); it is still archived.</param>
/// <param name="Quarantine">Issues that quarantined records (unknown device, invalid record…); the message was accepted.</param>
public sealed record IngestionOutcome(
    RawMessage Message,
    IReadOnlyList<NewObservation> Observations,
    IReadOnlyList<Issue> Rejection,
    IReadOnlyList<Issue> Quarantine)
{
    /// <summary>True when the transport should answer with the rejection's 4xx.</summary>
    public bool Rejected => Rejection.Count > 0;
}
