using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Rules;

namespace OpenTerritoire.Schemas;

/// <summary>Registers the schema registry, the observation rules and the <see cref="DocumentValidator"/>.</summary>
public static class SchemasServiceCollectionExtensions
{
    /// <summary>Adds the schemas project, loading the registry from <paramref name="schemasDirectory"/> on first use.</summary>
    /// <remarks>Use <see cref="SchemasDirectory.Locate(string?)"/> with the <c>Schemas:Directory</c> setting to find the folder.</remarks>
    public static IServiceCollection AddSchemas(this IServiceCollection services, string schemasDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(schemasDirectory);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new ObservationRulesOptions());
        services.AddSingleton(provider => SchemaRegistry.Load(
            schemasDirectory, provider.GetService<ILogger<SchemaRegistry>>()));
        services.AddSingleton(provider => new ObservationRules(
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ObservationRulesOptions>()));
        services.AddSingleton<DocumentValidator>();
        return services;
    }
}
