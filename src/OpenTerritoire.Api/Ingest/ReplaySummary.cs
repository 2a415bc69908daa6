namespace OpenTerritoire.Api.Ingest;

/// <summary>What a replay of a feed's quarantine did.</summary>
public sealed record ReplaySummary(int Replayed, int Accepted, int Quarantined, int Observations);
