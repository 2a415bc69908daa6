using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Adapters.Ingestion;

namespace OpenTerritoire.Adapters;

/// <summary>Registers the Adapters project: the built-in codecs, device codecs and the ingestion pipeline.</summary>
/// <remarks>Needs the schemas (<c>AddSchemas</c>) and an <c>IDeviceDirectory</c> (<c>AddStorage</c>).</remarks>
public static class AdaptersServiceCollectionExtensions
{
    public static IServiceCollection AddAdapters(this IServiceCollection services, DecodeUplinkLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => CodecCatalogue.BuiltIn());
        services.AddSingleton(provider => new DeviceCodecs(
            provider.GetRequiredService<CodecCatalogue>(), limits ?? DecodeUplinkLimits.Default));
        services.AddSingleton<DeviceModelRegistration>();
        services.AddSingleton<IngestionPipeline>();
        return services;
    }
}
