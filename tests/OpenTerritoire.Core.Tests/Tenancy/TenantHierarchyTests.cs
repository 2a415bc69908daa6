using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Tests.Tenancy;

public sealed class TenantHierarchyTests
{
    [Theory]
    [InlineData(TenantKind.Region, TenantKind.Departement, true)]
    [InlineData(TenantKind.Departement, TenantKind.Syndicat, true)]
    [InlineData(TenantKind.Syndicat, TenantKind.Commune, true)]
    [InlineData(TenantKind.Syndicat, TenantKind.Epci, true)]
    [InlineData(TenantKind.Commune, TenantKind.Operator, true)]
    [InlineData(TenantKind.Commune, TenantKind.Commune, false)]
    [InlineData(TenantKind.Syndicat, TenantKind.Departement, false)]
    [InlineData(TenantKind.Departement, TenantKind.Region, false)]
    [InlineData(TenantKind.Operator, TenantKind.Operator, false)]
    public void CanContain_KindPairs_FollowTheTerritorialHierarchy(TenantKind parent, TenantKind child, bool expected)
    {
        Assert.Equal(expected, TenantHierarchy.CanContain(parent, child));
    }
}
