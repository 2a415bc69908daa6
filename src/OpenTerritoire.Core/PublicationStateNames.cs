namespace OpenTerritoire.Core;

/// <summary>The wire and database names of <see cref="PublicationState"/>.</summary>
public static class PublicationStateNames
{
    /// <summary>The lower-case name stored in PostgreSQL and sent on the wire.</summary>
    public static string ToName(PublicationState state) => state switch
    {
        PublicationState.Draft => "draft",
        PublicationState.Approved => "approved",
        PublicationState.Published => "published",
        PublicationState.Retired => "retired",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>Reads a name; false for anything else.</summary>
    public static bool TryParse(string? name, out PublicationState state)
    {
        state = name switch
        {
            "draft" => PublicationState.Draft,
            "approved" => PublicationState.Approved,
            "published" => PublicationState.Published,
            "retired" => PublicationState.Retired,
            _ => (PublicationState)(-1),
        };
        return Enum.IsDefined(state);
    }
}
