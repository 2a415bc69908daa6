using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>What was committed for one message: its archive id, whether it was a retry, and its observations.</summary>
/// <param name="Duplicate">True when the feed had already received this natural key: archived, nothing else stored.</param>
/// <param name="Observations">Observations handed to the store (stored, or ignored under keep-first).</param>
/// <param name="Rejected">Observations refused (a duplicate under the reject policy…), pointers <c>/observations/i</c>.</param>
public sealed record IngestionReceipt(RawMessageId RawMessageId, bool Duplicate, int Observations, IReadOnlyList<Issue> Rejected);
