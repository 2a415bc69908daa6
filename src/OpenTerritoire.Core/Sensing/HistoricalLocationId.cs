using System.Globalization;

namespace OpenTerritoire.Core.Sensing;

/// <summary>Identifies a HistoricalLocation (SensorThings).</summary>
public readonly record struct HistoricalLocationId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
