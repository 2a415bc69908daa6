using System.Globalization;

namespace OpenTerritoire.Core.Sensing;

/// <summary>Identifies a FeatureOfInterest (SensorThings).</summary>
public readonly record struct FeatureOfInterestId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
