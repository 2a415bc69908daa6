using System.Globalization;

namespace OpenTerritoire.Core.Sensing;

/// <summary>Identifies a Datastream (SensorThings).</summary>
public readonly record struct DatastreamId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
