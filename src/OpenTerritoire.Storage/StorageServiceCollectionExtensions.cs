using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTerritoire.Storage.Catalog;
using OpenTerritoire.Storage.Identity;
using OpenTerritoire.Storage.Ingestion;
using OpenTerritoire.Storage.Mapping;
using OpenTerritoire.Storage.Migrations;
using OpenTerritoire.Storage.Querying;
using OpenTerritoire.Storage.Registers;
using OpenTerritoire.Storage.Sensing;
using OpenTerritoire.Storage.SensorThings;
using OpenTerritoire.Storage.Tenancy;

namespace OpenTerritoire.Storage;

/// <summary>Registers the Storage project: one data source, the migrator and the stores.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>The environment variable holding the connection string, which wins over configuration.</summary>
    public const string ConnectionStringVariable = "OPENTERRITOIRE_DB";

    public static IServiceCollection AddStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddStorage(_ => connectionString);
    }

    /// <summary>Registers Storage with a connection string read when the data source is first needed.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, Func<IServiceProvider, string> connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        services.AddSingleton(provider => CreateDataSource(connectionString(provider)));
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DatabaseHealth>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<ThingStore>();
        services.AddSingleton<LocationStore>();
        services.AddSingleton<HistoricalLocationStore>();
        services.AddSingleton<SensorStore>();
        services.AddSingleton<ObservedPropertyStore>();
        services.AddSingleton<DatastreamStore>();
        services.AddSingleton<FeatureOfInterestStore>();
        services.AddSingleton<ObservationStore>();
        services.AddSingleton<RawArchiveStore>();
        services.AddSingleton<FeedStore>();
        services.AddSingleton<DeviceStore>();
        services.AddSingleton<DeviceModelStore>();
        services.AddSingleton<DeviceProvisioning>();
        services.AddSingleton<DeviceDirectory>();
        services.AddSingleton<OpenTerritoire.Core.Ingestion.IDeviceDirectory>(
            provider => provider.GetRequiredService<DeviceDirectory>());
        services.AddSingleton<DatasetStore>();
        services.AddSingleton<RegisterRecordStore>();
        services.AddSingleton<RegisterLinkStore>();
        services.AddSingleton<PublishedRegister>();
        services.AddSingleton<PublishedLineage>();
        services.AddSingleton<CitizenReportStore>();
        services.AddOptions<IngestionWriterOptions>();
        services.AddSingleton<IngestionWriter>();
        services.AddSingleton<ApiTokenStore>();
        services.AddSingleton<AuditLogStore>();
        services.AddSingleton<SharingAgreementStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(EntityPropertyRegistry.SensorThings);
        services.AddSingleton<SqlFilterTranslator>();
        services.AddSingleton<StaEntityReader>();
        services.AddSingleton<StaEntityWriter>();
        return services;
    }

    /// <summary>The one data source of a process, with PostGIS types mapped to NetTopologySuite.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        DapperConfiguration.EnsureConfigured();
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        builder.ConnectionStringBuilder.ApplicationName ??= "openterritoire";
        return builder.Build();
    }
}
