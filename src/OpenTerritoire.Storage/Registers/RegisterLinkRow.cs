using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Storage.Registers;

/// <summary>A row of <c>register_links</c>: exactly one target column is set (a CHECK constraint says so).</summary>
internal sealed class RegisterLinkRow
{
    public long RecordId { get; init; }

    public string Role { get; init; } = string.Empty;

    public long? ThingId { get; init; }

    public long? SensorId { get; init; }

    public long? DatastreamId { get; init; }

    public long? DatasetId { get; init; }

    public long? TargetRecordId { get; init; }

    public RegisterLink ToLink()
    {
        RegisterLinkNames.TryParseRole(Role, out var role);
        return (ThingId, SensorId, DatastreamId, DatasetId, TargetRecordId) switch
        {
            ({ } id, _, _, _, _) => new RegisterLink(role, LinkTarget.Thing, id),
            (_, { } id, _, _, _) => new RegisterLink(role, LinkTarget.Sensor, id),
            (_, _, { } id, _, _) => new RegisterLink(role, LinkTarget.Datastream, id),
            (_, _, _, { } id, _) => new RegisterLink(role, LinkTarget.Dataset, id),
            (_, _, _, _, { } id) => new RegisterLink(role, LinkTarget.Record, id),
            _ => throw new InvalidDataException("A register link without a target."),
        };
    }
}
