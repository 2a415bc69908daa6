namespace OpenTerritoire.Storage.SensorThings;

/// <summary>
/// An entity as given in a create or update body: either a link to an existing entity (<c>{"@iot.id": 1}</c>) or
/// property values and related drafts (deep insert, STA 18-088 §10.2.1).
/// </summary>
/// <param name="Pointer">Where the entity is in the body (JSON Pointer), for issues.</param>
/// <param name="LinkId">The id of an existing entity to link to; then there are no values.</param>
/// <param name="Values">The given properties, typed as in <see cref="StaEntity.Values"/>.</param>
/// <param name="Related">The given navigation properties (one draft for a single-valued one).</param>
public sealed record StaDraft(
    StaEntityType Type,
    string Pointer,
    long? LinkId,
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyDictionary<string, IReadOnlyList<StaDraft>> Related)
{
    /// <summary>A link to an existing entity.</summary>
    public static StaDraft Link(StaEntityType type, string pointer, long id) =>
        new(type, pointer, id, new Dictionary<string, object?>(), new Dictionary<string, IReadOnlyList<StaDraft>>());

    /// <summary>This draft with one more related draft under <paramref name="navigation"/>, replacing any given.</summary>
    public StaDraft WithRelated(string navigation, StaDraft related)
    {
        var copy = new Dictionary<string, IReadOnlyList<StaDraft>>(Related, StringComparer.Ordinal)
        {
            [navigation] = [related],
        };
        return this with { Related = copy };
    }
}
