namespace OpenTerritoire.Core.Querying;

/// <summary>
/// A path of property names separated by <c>/</c>: <c>name</c>, <c>properties/owner</c>, <c>Datastream/Thing/name</c>.
/// What each segment means (property, relation, JSON key) is decided by the translator, not here.
/// </summary>
public sealed record PropertyPath
{
    public PropertyPath(IReadOnlyList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentOutOfRangeException.ThrowIfZero(segments.Count);
        Segments = [.. segments];
    }

    public IReadOnlyList<string> Segments { get; }

    /// <summary>A one-segment path.</summary>
    public static PropertyPath Of(params string[] segments) => new(segments);

    public bool Equals(PropertyPath? other) =>
        other is not null && Segments.SequenceEqual(other.Segments, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var segment in Segments)
        {
            hash.Add(segment, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The segments joined by <c>/</c>, as written in a query.</summary>
    public override string ToString() => string.Join('/', Segments);
}
