using OpenTerritoire.Testing.Builders;

namespace OpenTerritoire.Storage.Tests.Sensing;

public sealed partial class ObservationStoreTests
{
    [Fact]
    public async Task AppendBatchAsync_OtherTenantsDatastream_RejectsRowAndStoresNothing()
    {
        var owner = await seed.TenantAsync();
        var intruder = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(owner.Id);

        var outcome = await store.AppendBatchAsync(
            intruder.Id, [new NewObservationBuilder(datastream.Id).Build()], CancellationToken.None);
        var stored = await store.ListAsync(owner.Id, datastream.Id, March1.AddDays(-1), March1.AddDays(1), 10, CancellationToken.None);

        Assert.Equal(0, outcome.Inserted);
        Assert.Equal(("store.related-not-found", "/0"), (outcome.Rejected[0].Code, outcome.Rejected[0].Pointer));
        Assert.Empty(stored);
    }

    [Fact]
    public async Task FindAsync_OtherTenantsObservation_ReturnsNull()
    {
        var owner = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(owner.Id);
        var appended = await store.AppendAsync(owner.Id, new NewObservationBuilder(datastream.Id).Build(), CancellationToken.None);

        Assert.Null(await store.FindAsync(other.Id, appended.Value.Id, CancellationToken.None));
        Assert.Empty(await store.ListAsync(other.Id, datastream.Id, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 10, CancellationToken.None));
        Assert.False(await store.DeleteAsync(other.Id, appended.Value.Id, CancellationToken.None));
    }
}
