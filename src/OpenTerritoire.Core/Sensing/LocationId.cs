using System.Globalization;

namespace OpenTerritoire.Core.Sensing;

/// <summary>Identifies a Location (SensorThings).</summary>
public readonly record struct LocationId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
