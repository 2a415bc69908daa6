using System.Text.Json;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Sensing;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Sensing;

public sealed partial class ObservationStoreTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset March1 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly ObservationStore store = new(database.DataSource);
    private readonly Seeder seed = new(database.DataSource);

    public static TheoryData<string, ObservationResult> Results => new()
    {
        { "number", ObservationResult.FromNumber(21.75) },
        { "negative-integer", ObservationResult.FromNumber(-3) },
        { "boolean", ObservationResult.FromBoolean(true) },
        { "text", ObservationResult.FromText("défaut lampe") },
        { "object", ObservationResult.FromJson(JsonDocument.Parse("""{"fill": 80, "tilt": false}""").RootElement) },
        { "array", ObservationResult.FromJson(JsonDocument.Parse("[1.5, 2.5, 3]").RootElement) },
        { "null", ObservationResult.Null },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public async Task AppendAsync_EachResultType_RoundTrips(string name, ObservationResult result)
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id);

        var appended = await store.AppendAsync(
            tenant.Id, new NewObservationBuilder(datastream.Id).WithResult(result).Build(), CancellationToken.None);
        var found = await store.FindAsync(tenant.Id, appended.Value.Id, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(result, found.Result);
        Assert.Equal(result.Kind, found.Result.Kind);
        Assert.Equal(result.ToStringForm(), found.Result.ToStringForm());
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public async Task AppendAsync_AllTimesAndParameters_RoundTrip()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id);
        var phenomenon = new TimeInterval(March1, March1.AddHours(1));
        var valid = new TimeInterval(March1, March1.AddDays(1));
        var local = new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.FromHours(1));

        var appended = await store.AppendAsync(
            tenant.Id,
            new NewObservationBuilder(datastream.Id)
                .WithPhenomenonTime(phenomenon).WithValidTime(valid).WithResultTime(local)
                .WithParameters("""{"rssi": -97, "gateway": "eui-b827ebfffe"}""").Build(),
            CancellationToken.None);
        var found = (await store.FindAsync(tenant.Id, appended.Value.Id, CancellationToken.None))!;

        Assert.Equal(phenomenon, found.PhenomenonTime);
        Assert.Equal(valid, found.ValidTime);
        Assert.Equal(local, found.ResultTime);
        Assert.Equal(TimeSpan.Zero, found.ResultTime!.Value.Offset);
        Assert.Equal(-97, found.Parameters!.Value.GetProperty("rssi").GetInt32());
        Assert.Equal(datastream.Id, found.DatastreamId);
        Assert.Equal(tenant.Id, found.TenantId);
    }

    [Fact]
    public async Task AppendBatchAsync_SpanningMonths_CreatesPartitionsAndStoresAll()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id);
        var batch = Enumerable.Range(0, 120)
            .Select(day => new NewObservationBuilder(datastream.Id).At(March1.AddDays(day)).WithResult(day).Build())
            .ToList();

        var outcome = await store.AppendBatchAsync(tenant.Id, batch, CancellationToken.None);
        var stored = await store.ListAsync(tenant.Id, datastream.Id, March1, March1.AddYears(1), 1000, CancellationToken.None);

        Assert.Equal(120, outcome.Inserted);
        Assert.Empty(outcome.Rejected);
        Assert.Equal(Enumerable.Range(0, 120).Select(day => (double)day), stored.Select(o => o.Result.Number!.Value));
    }

    [Fact]
    public async Task DeleteAsync_OwnObservation_RemovesIt()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id);
        var appended = await store.AppendAsync(tenant.Id, new NewObservationBuilder(datastream.Id).Build(), CancellationToken.None);

        Assert.True(await store.DeleteAsync(tenant.Id, appended.Value.Id, CancellationToken.None));
        Assert.Null(await store.FindAsync(tenant.Id, appended.Value.Id, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        var tenant = await seed.TenantAsync();

        Assert.Null(await store.FindAsync(tenant.Id, new ObservationId(long.MaxValue), CancellationToken.None));
    }
}
