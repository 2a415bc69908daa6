namespace OpenTerritoire.Core.Registers;

/// <summary>What a resident reports about a sensor.</summary>
public enum CitizenReportKind
{
    Problem,
    RemovalRequest,
    UnregisteredSensor,
}
