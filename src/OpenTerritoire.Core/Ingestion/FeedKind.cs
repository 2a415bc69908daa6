namespace OpenTerritoire.Core.Ingestion;

/// <summary>The carrier a feed receives: a network server's webhook, generic JSON, or tabular files.</summary>
public enum FeedKind
{
    TtnV3,
    ChirpStackV4,
    Json,
    Csv,
}
