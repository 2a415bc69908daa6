namespace OpenTerritoire.Storage.Ingestion;

/// <summary>Settings of the <c>Ingestion</c> section: the write queue and its batches.</summary>
public sealed class IngestionWriterOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Messages waiting to be written; beyond it, writes answer "unavailable" (503 with Retry-After).</summary>
    public int QueueCapacity { get; set; } = 20_000;

    /// <summary>Most messages committed in one transaction.</summary>
    public int MaxBatchSize { get; set; } = 500;
}
