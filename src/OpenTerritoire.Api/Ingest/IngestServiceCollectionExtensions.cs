using OpenTerritoire.Adapters;

namespace OpenTerritoire.Api.Ingest;

/// <summary>Registers the ingestion face: adapters, the pipeline's transports and the writer's loop (needs AddSchemas).</summary>
public static class IngestServiceCollectionExtensions
{
    public static IServiceCollection AddIngest(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
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
