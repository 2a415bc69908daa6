using System.Globalization;

namespace OpenTerritoire.Core.Catalog;

/// <summary>Identifies a dataset of the catalogue.</summary>
public readonly record struct DatasetId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
