namespace OpenTerritoire.Storage.SensorThings;

/// <summary>
/// A parsed SensorThings resource path: entity steps (<c>Things(1)/Datastreams</c>), then optionally a property
/// (<c>/name</c>, <c>/name/$value</c>) or an entity reference (<c>/$ref</c>).
/// </summary>
public sealed record StaResourcePath(
    IReadOnlyList<StaPathSegment> Segments, StaProperty? Property, bool RawValue, bool Reference)
{
    /// <summary>The last entity step: what the path addresses (or whose property it reads).</summary>
    public StaPathSegment Target => Segments[^1];

    /// <summary>Whether the path addresses one entity rather than a collection.</summary>
    public bool IsSingle => Target.IsSingle;

    /// <summary>The path without its last entity step (the parent, for a collection or a link).</summary>
    public IReadOnlyList<StaPathSegment> Parents => Segments.Take(Segments.Count - 1).ToList();

    /// <summary>The path text of the entity steps, as in a URL (<c>Things(1)/Datastreams</c>).</summary>
    public string EntityText => string.Join('/', Segments.Select(Text));

    private static string Text(StaPathSegment segment)
    {
        var name = segment.Via?.Name ?? segment.Type.SetName;
        return segment.Key is { } key
            ? name + "(" + key.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"
            : name;
    }
}
