using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>One received message to archive, with the observations its valid records became (none if quarantined).</summary>
public sealed record IngestionWrite(RawMessage Message, IReadOnlyList<NewObservation> Observations);
