using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Ingestion;
using OpenTerritoire.Storage.Sensing;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Ingestion;

public sealed class IngestionWriterTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Received = new(2026, 4, 30, 23, 59, 0, TimeSpan.Zero);

    private readonly Seeder seed = new(database.DataSource);

    [Fact]
    public async Task WriteBatchAsync_NewMessages_ArchivesAndStoresObservationsTogether()
    {
        var (tenant, feed, datastream) = await ArrangeAsync();
        var writer = NewWriter();

        var receipts = await writer.WriteBatchAsync(
            [Write(tenant, feed, "up:1", datastream, Received), Write(tenant, feed, "up:2", datastream, Received.AddMinutes(2))],
            CancellationToken.None);

        Assert.All(receipts, receipt => Assert.False(receipt.Duplicate));
        var archived = await new RawArchiveStore(database.DataSource).FindAsync(tenant, receipts[1].RawMessageId, CancellationToken.None);
        Assert.Equal(RawMessageStatus.Accepted, archived!.Status);
        Assert.Equal("up:2", archived.NaturalKey);
        var stored = await new ObservationStore(database.DataSource).ListAsync(
            tenant, datastream, Received.AddDays(-1), Received.AddDays(1), 10, CancellationToken.None);
        Assert.Equal(2, stored.Count);
    }

    [Fact]
    public async Task WriteBatchAsync_RetriedNaturalKey_IsDuplicateArchivedWithoutObservations()
    {
        var (tenant, feed, datastream) = await ArrangeAsync();
        var writer = NewWriter();
        await writer.WriteBatchAsync([Write(tenant, feed, "up:7", datastream, Received, 1)], CancellationToken.None);

        var retry = await writer.WriteBatchAsync(
            [Write(tenant, feed, "up:7", datastream, Received.AddSeconds(1), 2), Write(tenant, feed, "up:7", datastream, Received.AddSeconds(2), 3)],
            CancellationToken.None);

        Assert.All(retry, receipt => Assert.True(receipt.Duplicate));
        var archived = await new RawArchiveStore(database.DataSource).FindAsync(tenant, retry[0].RawMessageId, CancellationToken.None);
        Assert.Equal(RawMessageStatus.Duplicate, archived!.Status);
        var stored = await new ObservationStore(database.DataSource).ListAsync(
            tenant, datastream, Received.AddDays(-1), Received.AddDays(1), 10, CancellationToken.None);
        Assert.Equal(1, Assert.Single(stored).Result.Number);
    }

    [Fact]
    public async Task WriteBatchAsync_TwoTenantsInOneBatch_EachScopedToItsOwn()
    {
        var (first, firstFeed, firstDatastream) = await ArrangeAsync();
        var (second, secondFeed, secondDatastream) = await ArrangeAsync();
        var writer = NewWriter();

        var receipts = await writer.WriteBatchAsync(
            [
                Write(first, firstFeed, "a", firstDatastream, Received),
                Write(second, secondFeed, "a", secondDatastream, Received),
                Write(second, secondFeed, "b", firstDatastream, Received.AddMinutes(1)),
            ],
            CancellationToken.None);

        Assert.Empty(receipts[0].Rejected);
        Assert.Empty(receipts[1].Rejected);
        var intrusion = Assert.Single(receipts[2].Rejected);
        Assert.Equal(("store.related-not-found", "/observations/0"), (intrusion.Code, intrusion.Pointer));
    }

    [Fact]
    public async Task WriteAsync_ManyConcurrentCallers_EachGetsItsCommittedReceipt()
    {
        var (tenant, feed, datastream) = await ArrangeAsync();
        var writer = NewWriter(maxBatch: 16);
        using var stop = new CancellationTokenSource();
        var loop = writer.RunAsync(stop.Token);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(index => writer.WriteAsync(
            tenant, Write(tenant, feed, $"m{index}", datastream, Received.AddSeconds(index)), CancellationToken.None)));
        await stop.CancelAsync();
        await loop;

        Assert.All(results, result => Assert.True(result.IsSuccess));
        Assert.Equal(200, results.Select(result => result.Value.RawMessageId).Distinct().Count());
        var stored = await new ObservationStore(database.DataSource).ListAsync(
            tenant, datastream, Received.AddDays(-1), Received.AddDays(1), 1000, CancellationToken.None);
        Assert.Equal(200, stored.Count);
    }

    [Fact]
    public async Task WriteAsync_QueueFull_ReturnsUnavailableAndStoresNothing()
    {
        var (tenant, feed, datastream) = await ArrangeAsync();
        var writer = NewWriter(capacity: 1);
        var first = writer.WriteAsync(tenant, Write(tenant, feed, "q1", datastream, Received), CancellationToken.None);

        var second = await writer.WriteAsync(tenant, Write(tenant, feed, "q2", datastream, Received), CancellationToken.None);

        Assert.False(second.IsSuccess);
        Assert.Equal(("store.unavailable", Core.IssueKind.Unavailable), (second.Issues[0].Code, second.Issues[0].Kind));
        Assert.False(first.IsCompleted);
    }

    private IngestionWriter NewWriter(int capacity = 1000, int maxBatch = 100) => new(
        database.DataSource,
        Options.Create(new IngestionWriterOptions { QueueCapacity = capacity, MaxBatchSize = maxBatch }),
        NullLogger<IngestionWriter>.Instance);

    private async Task<(TenantId Tenant, FeedId Feed, DatastreamId Datastream)> ArrangeAsync()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id);
        var feed = await new FeedStore(database.DataSource).AppendAsync(
            tenant.Id, new Feed(FeedId.New(), tenant.Id, "ttn", FeedKind.TtnV3, null, "hash", default), CancellationToken.None);
        return (tenant.Id, feed.Id, datastream.Id);
    }

    private static IngestionWrite Write(
        TenantId tenant, FeedId feed, string key, DatastreamId datastream, DateTimeOffset at, double value = 42) => new(
        new RawMessage(default, tenant, feed, at, "webhook", "application/json", "{}"u8.ToArray(), key, RawMessageStatus.Accepted, null),
        [new NewObservationBuilder(datastream).At(at).WithResult(value).Build()]);
}
