using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Adapters.Envelopes;
using OpenTerritoire.Adapters.Ingestion;

namespace OpenTerritoire.Adapters;

/// <summary>Registers the Adapters project: envelope readers, built-in and device codecs, the ingestion pipeline.</summary>
/// <remarks>Needs the schemas (<c>AddSchemas</c>) and an <c>IDeviceDirectory</c> (<c>AddStorage</c>).</remarks>
public static class AdaptersServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="TtnV3EnvelopeReader"/> and <see cref="ChirpStackV4EnvelopeReader"/> (also as
    /// <see cref="IEnvelopeReader"/>, one per feed kind), the <see cref="CodecCatalogue"/> of embedded layouts, the
    /// codecs of registered device models and the <see cref="IngestionPipeline"/>. A <see cref="JsonEnvelopeReader"/>
    /// is built per feed from its <see cref="JsonPathMapping"/>, not registered.
    /// </summary>
    public static IServiceCollection AddAdapters(this IServiceCollection services, DecodeUplinkLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TtnV3EnvelopeReader>();
        services.TryAddSingleton<ChirpStackV4EnvelopeReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEnvelopeReader, TtnV3EnvelopeReader>(
            provider => provider.GetRequiredService<TtnV3EnvelopeReader>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEnvelopeReader, ChirpStackV4EnvelopeReader>(
            provider => provider.GetRequiredService<ChirpStackV4EnvelopeReader>()));
        services.TryAddSingleton(_ => CodecCatalogue.BuiltIn());
        services.TryAddSingleton(provider => new DeviceCodecs(
            provider.GetRequiredService<CodecCatalogue>(), limits ?? DecodeUplinkLimits.Default));
        services.TryAddSingleton<DeviceModelRegistration>();
        services.TryAddSingleton<IngestionPipeline>();
        return services;
    }
}
