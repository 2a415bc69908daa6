using Dapper;
using OpenTerritoire.Core.Catalog;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Catalog;
using OpenTerritoire.Storage.Tenancy;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Tenancy;

public sealed class SharingAgreementStoreTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    private readonly Seeder seed = new(database.DataSource);
    private readonly SharingAgreementStore store = new(database.DataSource);

    [Fact]
    public async Task ListSharedDatastreamIdsAsync_AgreementInForce_ReturnsTheSharedDatastreamOnly()
    {
        var provider = await seed.TenantAsync();
        var consumer = await seed.TenantAsync();
        var shared = await seed.DatastreamAsync(provider.Id);
        await seed.DatastreamAsync(provider.Id);
        await store.AppendAsync(provider.Id, Agreement(provider.Id, consumer.Id, [shared.Id], [], Start, new DateOnly(2026, 12, 31)), CancellationToken.None);

        Assert.Equal([shared.Id], await store.ListSharedDatastreamIdsAsync(consumer.Id, new DateOnly(2026, 6, 1), CancellationToken.None));
        Assert.Equal([shared.Id], await store.ListSharedDatastreamIdsAsync(consumer.Id, new DateOnly(2026, 12, 31), CancellationToken.None));
        Assert.Empty(await store.ListSharedDatastreamIdsAsync(consumer.Id, new DateOnly(2025, 12, 31), CancellationToken.None));
        Assert.Empty(await store.ListSharedDatastreamIdsAsync(consumer.Id, new DateOnly(2027, 1, 1), CancellationToken.None));
        Assert.Empty(await store.ListSharedDatastreamIdsAsync(provider.Id, new DateOnly(2026, 6, 1), CancellationToken.None));
    }

    [Fact]
    public async Task ListSharedDatastreamIdsAsync_SharedDataset_ReturnsItsDatastreams()
    {
        var provider = await seed.TenantAsync();
        var consumer = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(provider.Id);
        var dataset = await new DatasetStore(database.DataSource).AppendAsync(
            provider.Id,
            new Dataset(default, provider.Id, "qualite-air", "Qualité de l'air", "", "etalab-2.0", Core.PublicationState.Draft, default, default),
            CancellationToken.None);
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            // The catalogue issue owns dataset membership; until it has a store method, link them in SQL.
            await connection.ExecuteAsync(
                "INSERT INTO datasets_datastreams (dataset_id, datastream_id, tenant_id) VALUES (@DatasetId, @DatastreamId, @TenantId)",
                new { DatasetId = dataset.Id.Value, DatastreamId = datastream.Id.Value, TenantId = provider.Id.Value });
        }

        await store.AppendAsync(provider.Id, Agreement(provider.Id, consumer.Id, [], [dataset.Id], Start, null), CancellationToken.None);

        var shared = await store.ListSharedDatastreamIdsAsync(consumer.Id, new DateOnly(2030, 1, 1), CancellationToken.None);

        Assert.Equal([datastream.Id], shared);
    }

    [Fact]
    public async Task AppendAsync_AnotherTenantsDatastream_FailsPointingAtIt()
    {
        var provider = await seed.TenantAsync();
        var consumer = await seed.TenantAsync();
        var own = await seed.DatastreamAsync(provider.Id);
        var foreign = await seed.DatastreamAsync(consumer.Id);

        var result = await store.AppendAsync(
            provider.Id, Agreement(provider.Id, consumer.Id, [own.Id, foreign.Id], [], Start, null), CancellationToken.None);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("tenancy.not-owned-by-provider", "/datastreamIds/1"), (issue.Code, issue.Pointer));
        Assert.Empty(await store.ListAsync(provider.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_ProviderAndConsumer_BothSeeTheAgreementOthersDoNot()
    {
        var provider = await seed.TenantAsync();
        var consumer = await seed.TenantAsync();
        var stranger = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(provider.Id);

        var stored = (await store.AppendAsync(
            provider.Id, Agreement(provider.Id, consumer.Id, [datastream.Id], [], Start, null), CancellationToken.None)).Value;

        Assert.Equal([stored.Id], (await store.ListAsync(provider.Id, CancellationToken.None)).Select(a => a.Id));
        Assert.Equal([stored.Id], (await store.ListAsync(consumer.Id, CancellationToken.None)).Select(a => a.Id));
        Assert.Empty(await store.ListAsync(stranger.Id, CancellationToken.None));
        Assert.Equal(("Étude de mobilité", Start, (DateOnly?)null), (stored.Purpose, stored.StartsOn, stored.EndsOn));
    }

    private static SharingAgreement Agreement(
        TenantId provider, TenantId consumer, IReadOnlyList<DatastreamId> datastreams, IReadOnlyList<DatasetId> datasets,
        DateOnly startsOn, DateOnly? endsOn) =>
        new(default, provider, consumer, datastreams, datasets, "Étude de mobilité", startsOn, endsOn, default, "cli");
}
