using System.Globalization;

namespace OpenTerritoire.Core.Sensing;

/// <summary>Identifies an ObservedProperty (SensorThings).</summary>
public readonly record struct ObservedPropertyId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
