using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Testing.Builders;

namespace OpenTerritoire.Storage.Tests.Sensing;

public sealed partial class ObservationStoreTests
{
    [Fact]
    public async Task AppendAsync_KeepFirstDuplicate_KeepsFirstValue()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id, DuplicatePolicy.KeepFirst);
        await store.AppendAsync(tenant.Id, new NewObservationBuilder(datastream.Id).WithResult(1).Build(), CancellationToken.None);

        var second = await store.AppendAsync(
            tenant.Id, new NewObservationBuilder(datastream.Id).WithResult(2).Build(), CancellationToken.None);

        Assert.True(second.IsSuccess);
        Assert.Equal(1, second.Value.Result.Number);
    }

    [Fact]
    public async Task AppendAsync_ReplaceDuplicate_StoresSecondValue()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id, DuplicatePolicy.Replace);
        var first = await store.AppendAsync(
            tenant.Id, new NewObservationBuilder(datastream.Id).WithResult(1).Build(), CancellationToken.None);

        var second = await store.AppendAsync(
            tenant.Id, new NewObservationBuilder(datastream.Id).WithResult(2).Build(), CancellationToken.None);

        Assert.Equal(first.Value.Id, second.Value.Id);
        Assert.Equal(2, second.Value.Result.Number);
    }

    [Fact]
    public async Task AppendAsync_RejectDuplicate_ReturnsDuplicateObservation()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id, DuplicatePolicy.Reject);
        await store.AppendAsync(tenant.Id, new NewObservationBuilder(datastream.Id).WithResult(1).Build(), CancellationToken.None);

        var second = await store.AppendAsync(
            tenant.Id, new NewObservationBuilder(datastream.Id).WithResult(2).Build(), CancellationToken.None);

        Assert.False(second.IsSuccess);
        Assert.Equal("store.duplicate-observation", second.Issues[0].Code);
        Assert.Equal("/", second.Issues[0].Pointer);
    }

    [Fact]
    public async Task AppendBatchAsync_RetriedBatch_IgnoresEveryRow()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id, DuplicatePolicy.KeepFirst);
        var batch = Enumerable.Range(0, 10)
            .Select(minute => new NewObservationBuilder(datastream.Id).At(March1.AddMinutes(minute)).Build()).ToList();
        await store.AppendBatchAsync(tenant.Id, batch, CancellationToken.None);

        var retry = await store.AppendBatchAsync(tenant.Id, batch, CancellationToken.None);

        Assert.Equal((0, 0, 10), (retry.Inserted, retry.Replaced, retry.IgnoredDuplicates));
    }

    [Fact]
    public async Task AppendBatchAsync_DuplicateInsideBatchUnderReplace_LastValueWins()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id, DuplicatePolicy.Replace);

        var outcome = await store.AppendBatchAsync(
            tenant.Id,
            [
                new NewObservationBuilder(datastream.Id).WithResult(1).Build(),
                new NewObservationBuilder(datastream.Id).WithResult(2).Build(),
            ],
            CancellationToken.None);
        var stored = await store.ListAsync(tenant.Id, datastream.Id, March1, March1.AddDays(1), 10, CancellationToken.None);

        Assert.Equal((1, 1), (outcome.Inserted, outcome.IgnoredDuplicates));
        Assert.Equal(2, Assert.Single(stored).Result.Number);
    }

    [Fact]
    public async Task AppendBatchAsync_DuplicateInsideBatchUnderReject_RejectsSecondRow()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id, DuplicatePolicy.Reject);

        var outcome = await store.AppendBatchAsync(
            tenant.Id,
            [
                new NewObservationBuilder(datastream.Id).WithResult(1).Build(),
                new NewObservationBuilder(datastream.Id).WithResult(2).Build(),
            ],
            CancellationToken.None);

        Assert.Equal(1, outcome.Inserted);
        var rejected = Assert.Single(outcome.Rejected);
        Assert.Equal(("store.duplicate-observation", "/1"), (rejected.Code, rejected.Pointer));
    }
}
