using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Storage.Mapping;

/// <summary>The names of <see cref="RawMessageStatus"/> in the <c>status</c> column of the raw archive.</summary>
internal static class RawMessageStatusColumn
{
    public static string ToName(RawMessageStatus status) => status switch
    {
        RawMessageStatus.Received => "received",
        RawMessageStatus.Accepted => "accepted",
        RawMessageStatus.Quarantined => "quarantined",
        RawMessageStatus.Duplicate => "duplicate",
        RawMessageStatus.Archived => "archived",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static RawMessageStatus Parse(string name) => name switch
    {
        "received" => RawMessageStatus.Received,
        "accepted" => RawMessageStatus.Accepted,
        "quarantined" => RawMessageStatus.Quarantined,
        "duplicate" => RawMessageStatus.Duplicate,
        "archived" => RawMessageStatus.Archived,
        _ => throw new InvalidDataException($"Bad raw message status '{name}'."),
    };
}
