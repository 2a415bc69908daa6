namespace OpenTerritoire.Api.Ingest;

/// <summary>Settings of the <c>Ingest</c> section.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>The largest body a webhook message or delivered file may have (1 MiB unless set).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;
}
