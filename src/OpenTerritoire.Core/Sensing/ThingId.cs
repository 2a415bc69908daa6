using System.Globalization;

namespace OpenTerritoire.Core.Sensing;

/// <summary>Identifies a Thing (SensorThings).</summary>
public readonly record struct ThingId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
