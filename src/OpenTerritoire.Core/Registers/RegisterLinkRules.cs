namespace OpenTerritoire.Core.Registers;

/// <summary>
/// Which links a record may have: a sensor record describes Things, Sensors and Datastreams; an algorithm record takes
/// Datastreams, Datasets and sensor records as input and Datasets as output.
/// </summary>
public static class RegisterLinkRules
{
    public static Result<RegisterLink> Check(RegisterKind kind, RegisterLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var allowed = (kind, link.Role, link.Target) switch
        {
            (RegisterKind.Sensor, LinkRole.Describes, LinkTarget.Thing or LinkTarget.Sensor or LinkTarget.Datastream) => true,
            (RegisterKind.Algorithm, LinkRole.Input, LinkTarget.Datastream or LinkTarget.Dataset or LinkTarget.Record) => true,
            (RegisterKind.Algorithm, LinkRole.Output, LinkTarget.Dataset) => true,
            _ => false,
        };
        return allowed ? Result.Success(link) : Result.Failure<RegisterLink>(RegisterIssues.LinkNotAllowed(kind, link));
    }
}
