namespace OpenTerritoire.Storage.SensorThings;

/// <summary>One entity step of a resource path: an entity set or a navigation, with the key when one is given.</summary>
/// <param name="Via">The navigation from the previous segment; null for the first segment (an entity set).</param>
public sealed record StaPathSegment(StaEntityType Type, StaNavigation? Via, long? Key)
{
    /// <summary>Whether this step addresses one entity (a key, or a single-valued navigation).</summary>
    public bool IsSingle => Key is not null || Via is { IsCollection: false };
}
