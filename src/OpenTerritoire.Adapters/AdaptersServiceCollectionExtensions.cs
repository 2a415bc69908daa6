using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Adapters.Envelopes;

namespace OpenTerritoire.Adapters;

/// <summary>Registers the adapters: envelope readers of network servers and the catalogue of built-in codecs.</summary>
public static class AdaptersServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="TtnV3EnvelopeReader"/> and <see cref="ChirpStackV4EnvelopeReader"/> (also as
    /// <see cref="IEnvelopeReader"/>, one per feed kind) and the <see cref="CodecCatalogue"/> of embedded layouts.
    /// A <see cref="JsonEnvelopeReader"/> is built per feed from its <see cref="JsonPathMapping"/>, not registered.
    /// </summary>
    public static IServiceCollection AddAdapters(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<TtnV3EnvelopeReader>();
        services.TryAddSingleton<ChirpStackV4EnvelopeReader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEnvelopeReader, TtnV3EnvelopeReader>(
            provider => provider.GetRequiredService<TtnV3EnvelopeReader>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEnvelopeReader, ChirpStackV4EnvelopeReader>(
            provider => provider.GetRequiredService<ChirpStackV4EnvelopeReader>()));
        services.TryAddSingleton(_ => CodecCatalogue.BuiltIn());
        return services;
    }
}
