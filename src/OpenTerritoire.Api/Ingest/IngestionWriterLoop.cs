using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary>Runs the batched ingestion writer for the life of the host, draining the queue at shutdown.</summary>
public sealed class IngestionWriterLoop(IngestionWriter writer) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => writer.RunAsync(stoppingToken);
}
