using System.Globalization;

namespace OpenTerritoire.Core.Tenancy;

/// <summary>Identifies a tenant: a région, département, syndicat, EPCI, commune or operator.</summary>
public readonly record struct TenantId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
