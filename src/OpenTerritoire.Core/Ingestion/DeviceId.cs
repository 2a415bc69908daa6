using System.Globalization;

namespace OpenTerritoire.Core.Ingestion;

/// <summary>Identifies a registered device.</summary>
public readonly record struct DeviceId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
