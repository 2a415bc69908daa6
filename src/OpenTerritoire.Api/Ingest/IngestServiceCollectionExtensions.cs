using OpenTerritoire.Adapters;
using OpenTerritoire.Schemas;

namespace OpenTerritoire.Api.Ingest;

/// <summary>Registers the ingestion face: schemas, adapters, the pipeline's transports and the writer's loop.</summary>
public static class IngestServiceCollectionExtensions
{
    public static IServiceCollection AddIngest(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var schemas = SchemasDirectory.Locate(configuration["Schemas:Directory"])
            ?? throw new InvalidOperationException("No schemas folder found: set Schemas:Directory.");
        services.AddSchemas(schemas);
        services.AddAdapters();
        services.Configure<IngestOptions>(configuration.GetSection(IngestOptions.SectionName));
        services.Configure<Storage.Ingestion.IngestionWriterOptions>(
            configuration.GetSection(Storage.Ingestion.IngestionWriterOptions.SectionName));
        services.AddSingleton<FeedIngestion>();
        services.AddSingleton<FeedReplay>();
        services.AddSingleton<DeviceEnrolment>();
        services.AddHostedService<IngestionWriterLoop>();

        return services;
    }
}
