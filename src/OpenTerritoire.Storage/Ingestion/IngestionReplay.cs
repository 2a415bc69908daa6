using System.Text.Json;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>A quarantined message run again: its new status and report, and the observations it now yields.</summary>
/// <param name="Message">The archived message (its id and reception time locate the row).</param>
public sealed record IngestionReplay(
    RawMessage Message, RawMessageStatus Status, JsonElement? Report, IReadOnlyList<NewObservation> Observations);
