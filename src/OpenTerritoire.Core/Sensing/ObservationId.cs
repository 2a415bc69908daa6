using System.Globalization;

namespace OpenTerritoire.Core.Sensing;

/// <summary>Identifies an Observation (SensorThings).</summary>
public readonly record struct ObservationId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
