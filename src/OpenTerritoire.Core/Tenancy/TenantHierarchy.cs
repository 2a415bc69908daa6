namespace OpenTerritoire.Core.Tenancy;

/// <summary>Which kind of tenant may be a member of which: région ⊃ département ⊃ syndicat/EPCI ⊃ commune.</summary>
public static class TenantHierarchy
{
    /// <summary>
    /// Syndicats and EPCI may nest in each other (a syndicat mixte counts EPCI among its members); an operator may
    /// sit under any territorial tenant it delivers into, and has no members itself.
    /// </summary>
    public static bool CanContain(TenantKind parent, TenantKind child) => (parent, child) switch
    {
        (TenantKind.Operator, _) => false,
        (_, TenantKind.Operator) => true,
        (TenantKind.Region, _) => child != TenantKind.Region,
        (TenantKind.Departement, _) => child is TenantKind.Syndicat or TenantKind.Epci or TenantKind.Commune,
        (TenantKind.Syndicat or TenantKind.Epci, _) => child is TenantKind.Syndicat or TenantKind.Epci or TenantKind.Commune,
        _ => false,
    };
}
