namespace OpenTerritoire.Api.Ingest;

/// <summary>Settings of the <c>Ingest</c> section.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>The largest body a webhook message or delivered file may have (1 MiB unless set).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Run the batched writer in this process; off only in tests that need a queue nobody drains.</summary>
    public bool RunWriter { get; set; } = true;
}
