using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Tenancy;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Tenancy;

public sealed class TenantStoreTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly TenantStore store = new(database.DataSource);

    [Fact]
    public async Task AppendAsync_WithArea_RoundTripsEveryField()
    {
        var area = GeometryFactory4326.Square(1.40, 43.55, 0.1);
        var syndicat = await store.AppendAsync(
            new TenantBuilder().WithKind(TenantKind.Syndicat).WithCode("sictom-test").WithSiren("253100010").Build(),
            CancellationToken.None);
        var appended = await store.AppendAsync(
            new TenantBuilder().WithParent(syndicat.Id).WithName("Saint-Orens").WithArea(area).Build(),
            CancellationToken.None);

        var found = await store.FindAsync(appended.Id, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(syndicat.Id, found.ParentId);
        Assert.Equal(TenantKind.Commune, found.Kind);
        Assert.Equal("Saint-Orens", found.Name);
        Assert.Equal("213100000", found.Siren);
        Assert.True(area.EqualsExact(found.Area));
        Assert.Equal(4326, found.Area!.SRID);
        Assert.Equal(found.Id, (await store.FindByCodeAsync(found.Code, CancellationToken.None))?.Id);
    }

    [Fact]
    public async Task ListChildrenAsync_Syndicat_ReturnsOnlyItsMembers()
    {
        var syndicat = await store.AppendAsync(new TenantBuilder().WithKind(TenantKind.Syndicat).Build(), CancellationToken.None);
        var member = await store.AppendAsync(new TenantBuilder().WithParent(syndicat.Id).Build(), CancellationToken.None);
        await store.AppendAsync(new TenantBuilder().Build(), CancellationToken.None);

        var children = await store.ListChildrenAsync(syndicat.Id, CancellationToken.None);

        Assert.Equal([member.Id], children.Select(child => child.Id));
    }

    [Fact]
    public async Task ListDescendantsAsync_Departement_ReturnsWholeSubtreeNearestFirst()
    {
        var departement = await store.AppendAsync(new TenantBuilder().WithKind(TenantKind.Departement).Build(), CancellationToken.None);
        var syndicat = await store.AppendAsync(
            new TenantBuilder().WithKind(TenantKind.Syndicat).WithParent(departement.Id).Build(), CancellationToken.None);
        var commune = await store.AppendAsync(new TenantBuilder().WithParent(syndicat.Id).Build(), CancellationToken.None);
        await store.AppendAsync(new TenantBuilder().Build(), CancellationToken.None);

        var subtree = await store.ListDescendantsAsync(departement.Id, CancellationToken.None);
        var ofCommune = await store.ListDescendantsAsync(commune.Id, CancellationToken.None);

        Assert.Equal([departement.Id, syndicat.Id, commune.Id], subtree.Select(tenant => tenant.Id));
        Assert.Equal([commune.Id], ofCommune.Select(tenant => tenant.Id));
    }

    [Fact]
    public async Task ListLineageAsync_Commune_ReturnsItselfThenAncestors()
    {
        var departement = await store.AppendAsync(new TenantBuilder().WithKind(TenantKind.Departement).Build(), CancellationToken.None);
        var syndicat = await store.AppendAsync(
            new TenantBuilder().WithKind(TenantKind.Syndicat).WithParent(departement.Id).Build(), CancellationToken.None);
        var commune = await store.AppendAsync(new TenantBuilder().WithParent(syndicat.Id).Build(), CancellationToken.None);

        var lineage = await store.ListLineageAsync(commune.Id, CancellationToken.None);

        Assert.Equal([commune.Id, syndicat.Id, departement.Id], lineage);
    }

    [Fact]
    public async Task CreateAsync_TakenCode_ReturnsDuplicateCode()
    {
        var first = await store.AppendAsync(new TenantBuilder().Build(), CancellationToken.None);

        var result = await store.CreateAsync(new TenantBuilder().WithCode(first.Code).Build(), CancellationToken.None);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("tenancy.duplicate-code", "/code"), (issue.Code, issue.Pointer));
    }

    [Fact]
    public async Task FindAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await store.FindAsync(new TenantId(long.MaxValue), CancellationToken.None));
    }
}
