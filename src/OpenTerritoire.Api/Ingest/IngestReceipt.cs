using System.Text.Json;

namespace OpenTerritoire.Api.Ingest;

/// <summary>What a sender hears back for an accepted message (202).</summary>
/// <param name="Status"><c>accepted</c>, <c>quarantined</c>, <c>archived</c> or <c>duplicate</c>.</param>
/// <param name="Report">Why records were quarantined, when they were.</param>
public sealed record IngestReceipt(long RawMessageId, string Status, int Observations, JsonElement? Report);
