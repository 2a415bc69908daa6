using Microsoft.Extensions.Options;
using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary>Runs the batched ingestion writer for the life of the host, draining the queue at shutdown.</summary>
public sealed class IngestionWriterLoop(IngestionWriter writer, IOptions<IngestOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.RunWriter ? writer.RunAsync(stoppingToken) : Task.CompletedTask;
}
