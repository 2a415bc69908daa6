namespace OpenTerritoire.Core.Registers;

/// <summary>The wire and database names of <see cref="CitizenReportKind"/>.</summary>
public static class CitizenReportKindNames
{
    public static string ToName(CitizenReportKind kind) => kind switch
    {
        CitizenReportKind.Problem => "problem",
        CitizenReportKind.RemovalRequest => "removal-request",
        CitizenReportKind.UnregisteredSensor => "unregistered-sensor",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? name, out CitizenReportKind kind)
    {
        kind = name switch
        {
            "problem" => CitizenReportKind.Problem,
            "removal-request" => CitizenReportKind.RemovalRequest,
            "unregistered-sensor" => CitizenReportKind.UnregisteredSensor,
            _ => (CitizenReportKind)(-1),
        };
        return Enum.IsDefined(kind);
    }
}
