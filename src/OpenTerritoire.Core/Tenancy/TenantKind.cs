namespace OpenTerritoire.Core.Tenancy;

/// <summary>The kind of a tenant in the French territorial hierarchy, plus operators who deliver data into one.</summary>
public enum TenantKind
{
    Region,
    Departement,
    Syndicat,
    Epci,
    Commune,

    /// <summary>A DSP holder or vendor: a principal that delivers data into a tenant and owns none of it.</summary>
    Operator,
}
