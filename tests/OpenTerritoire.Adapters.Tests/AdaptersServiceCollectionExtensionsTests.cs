using Microsoft.Extensions.DependencyInjection;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Adapters.Envelopes;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Tests;

public sealed class AdaptersServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAdapters_CalledTwice_RegistersOneReaderPerNetworkServerAndTheCatalogue()
    {
        var services = new ServiceCollection().AddAdapters().AddAdapters();
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var readers = provider.GetServices<IEnvelopeReader>().ToList();
        var catalogue = provider.GetRequiredService<CodecCatalogue>();

        Assert.Equal([FeedKind.TtnV3, FeedKind.ChirpStackV4], readers.Select(reader => reader.Kind));
        Assert.Same(provider.GetRequiredService<TtnV3EnvelopeReader>(), readers[0]);
        Assert.Equal(4, catalogue.Models.Count);
    }
}
