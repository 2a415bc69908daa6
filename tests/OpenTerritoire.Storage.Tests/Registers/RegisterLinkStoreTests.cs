using OpenTerritoire.Core;
using OpenTerritoire.Core.Catalog;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Catalog;
using OpenTerritoire.Storage.Registers;
using OpenTerritoire.Storage.Sensing;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Registers;

/// <summary>Links between records and the hub's data: allowed shapes, tenancy, and no dangling link after a delete.</summary>
public sealed class RegisterLinkStoreTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 5, 4);

    private readonly Seeder seed = new(database.DataSource);
    private readonly RegisterRecordStore records = new(database.DataSource);
    private readonly RegisterLinkStore links = new(database.DataSource);

    [Fact]
    public async Task AppendAsync_SensorRecordToThingSensorDatastream_ListsAllThree()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id);
        var record = await RecordAsync(tenant.Id, RegisterKind.Sensor);
        RegisterLink[] wanted =
        [
            new(LinkRole.Describes, LinkTarget.Thing, datastream.ThingId.Value),
            new(LinkRole.Describes, LinkTarget.Sensor, datastream.SensorId.Value),
            new(LinkRole.Describes, LinkTarget.Datastream, datastream.Id.Value),
        ];

        foreach (var link in wanted)
        {
            Assert.True((await links.AppendAsync(tenant.Id, RegisterKind.Sensor, record.Id, link, CancellationToken.None)).IsSuccess);
        }

        Assert.Equal(wanted, await links.ListAsync(tenant.Id, RegisterKind.Sensor, record.Id, CancellationToken.None));
    }

    [Theory]
    [InlineData(RegisterKind.Sensor, LinkRole.Input, LinkTarget.Datastream)]
    [InlineData(RegisterKind.Sensor, LinkRole.Describes, LinkTarget.Dataset)]
    [InlineData(RegisterKind.Algorithm, LinkRole.Describes, LinkTarget.Thing)]
    [InlineData(RegisterKind.Algorithm, LinkRole.Output, LinkTarget.Datastream)]
    public async Task AppendAsync_ShapeNotAllowed_ReturnsLinkNotAllowed(RegisterKind kind, LinkRole role, LinkTarget target)
    {
        var tenant = await seed.TenantAsync();
        var record = await RecordAsync(tenant.Id, kind);

        var result = await links.AppendAsync(tenant.Id, kind, record.Id, new RegisterLink(role, target, 1), CancellationToken.None);

        Assert.Equal("register.link-not-allowed", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public async Task AppendAsync_OtherTenantsDatastream_ReturnsTargetNotFound()
    {
        var tenant = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var foreign = await seed.DatastreamAsync(other.Id);
        var record = await RecordAsync(tenant.Id, RegisterKind.Sensor);

        var result = await links.AppendAsync(
            tenant.Id, RegisterKind.Sensor, record.Id, new RegisterLink(LinkRole.Describes, LinkTarget.Datastream, foreign.Id.Value),
            CancellationToken.None);

        Assert.Equal("register.link-target-not-found", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public async Task AppendAsync_AlgorithmInputIsAlgorithmRecord_ReturnsTargetNotFound()
    {
        var tenant = await seed.TenantAsync();
        var algorithm = await RecordAsync(tenant.Id, RegisterKind.Algorithm);
        var another = await RecordAsync(tenant.Id, RegisterKind.Algorithm);

        var result = await links.AppendAsync(
            tenant.Id, RegisterKind.Algorithm, algorithm.Id, new RegisterLink(LinkRole.Input, LinkTarget.Record, another.Id.Value),
            CancellationToken.None);

        Assert.Equal("register.link-target-not-found", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public async Task DeleteThing_LinkedFromPublishedRecord_LeavesNoLink()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id, publication: PublicationState.Published);
        var record = await RecordAsync(tenant.Id, RegisterKind.Sensor);
        await links.AppendAsync(tenant.Id, RegisterKind.Sensor, record.Id,
            new RegisterLink(LinkRole.Describes, LinkTarget.Datastream, datastream.Id.Value), CancellationToken.None);
        await records.SetLifecycleAsync(tenant.Id, RegisterKind.Sensor, record.Id, RecordLifecycle.Published, Now, CancellationToken.None);
        var published = new PublishedRegister(database.DataSource);
        Assert.Single((await published.FindAsync(RegisterKind.Sensor, record.Id, Today, CancellationToken.None))!.Links);

        await new ThingStore(database.DataSource).DeleteAsync(tenant.Id, datastream.ThingId, CancellationToken.None);

        Assert.Empty(await links.ListAsync(tenant.Id, RegisterKind.Sensor, record.Id, CancellationToken.None));
        Assert.Empty((await published.FindAsync(RegisterKind.Sensor, record.Id, Today, CancellationToken.None))!.Links);
    }

    [Fact]
    public async Task PublishedRegister_LinkToDraftDataset_IsNotPublic()
    {
        var tenant = await seed.TenantAsync();
        var dataset = await new DatasetStore(database.DataSource).AppendAsync(
            tenant.Id,
            new Dataset(default, tenant.Id, "releves-eau", "Relevés", "", "etalab-2.0", PublicationState.Draft, Now, Now),
            CancellationToken.None);
        var record = await RecordAsync(tenant.Id, RegisterKind.Algorithm);
        await links.AppendAsync(tenant.Id, RegisterKind.Algorithm, record.Id,
            new RegisterLink(LinkRole.Input, LinkTarget.Dataset, dataset.Id.Value), CancellationToken.None);
        await records.SetLifecycleAsync(tenant.Id, RegisterKind.Algorithm, record.Id, RecordLifecycle.Published, Now, CancellationToken.None);

        var found = await new PublishedRegister(database.DataSource).FindAsync(RegisterKind.Algorithm, record.Id, Today, CancellationToken.None);

        Assert.Single(await links.ListAsync(tenant.Id, RegisterKind.Algorithm, record.Id, CancellationToken.None));
        Assert.Empty(found!.Links);
    }

    private async Task<RegisterRecord> RecordAsync(TenantId tenant, RegisterKind kind) =>
        (await records.AppendAsync(tenant, new RegisterDocumentBuilder(kind).BuildWrite(), Now, CancellationToken.None)).Value;
}
