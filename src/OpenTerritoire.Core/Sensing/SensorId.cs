using System.Globalization;

namespace OpenTerritoire.Core.Sensing;

/// <summary>Identifies a Sensor (SensorThings).</summary>
public readonly record struct SensorId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
