namespace OpenTerritoire.Core.Registers;

/// <summary>What a register link points at.</summary>
public enum LinkTarget
{
    Thing,
    Sensor,
    Datastream,
    Dataset,
    Record,
}
