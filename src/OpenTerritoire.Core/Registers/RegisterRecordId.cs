using System.Globalization;

namespace OpenTerritoire.Core.Registers;

/// <summary>Identifies a sensor or algorithm record; also its public identifier in URLs.</summary>
public readonly record struct RegisterRecordId(long Value) : IEntityId
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
