namespace OpenTerritoire.Core.Registers;

/// <summary>The wire and database names of <see cref="LinkRole"/> and <see cref="LinkTarget"/>.</summary>
public static class RegisterLinkNames
{
    public static string ToName(LinkRole role) => role switch
    {
        LinkRole.Describes => "describes",
        LinkRole.Input => "input",
        LinkRole.Output => "output",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string ToName(LinkTarget target) => target switch
    {
        LinkTarget.Thing => "thing",
        LinkTarget.Sensor => "sensor",
        LinkTarget.Datastream => "datastream",
        LinkTarget.Dataset => "dataset",
        LinkTarget.Record => "record",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };

    public static bool TryParseRole(string? name, out LinkRole role)
    {
        role = name switch
        {
            "describes" => LinkRole.Describes,
            "input" => LinkRole.Input,
            "output" => LinkRole.Output,
            _ => (LinkRole)(-1),
        };
        return Enum.IsDefined(role);
    }

    public static bool TryParseTarget(string? name, out LinkTarget target)
    {
        target = name switch
        {
            "thing" => LinkTarget.Thing,
            "sensor" => LinkTarget.Sensor,
            "datastream" => LinkTarget.Datastream,
            "dataset" => LinkTarget.Dataset,
            "record" => LinkTarget.Record,
            _ => (LinkTarget)(-1),
        };
        return Enum.IsDefined(target);
    }
}
