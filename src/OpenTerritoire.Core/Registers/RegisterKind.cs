namespace OpenTerritoire.Core.Registers;

/// <summary>Which register a record belongs to.</summary>
public enum RegisterKind
{
    Sensor,
    Algorithm,
}
