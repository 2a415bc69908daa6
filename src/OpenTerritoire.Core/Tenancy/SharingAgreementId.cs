using System.Globalization;

namespace OpenTerritoire.Core.Tenancy;

/// <summary>Identifies a sharing agreement between two tenants.</summary>
public readonly record struct SharingAgreementId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
