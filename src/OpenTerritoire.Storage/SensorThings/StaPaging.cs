namespace OpenTerritoire.Storage.SensorThings;

/// <summary>The server's paging limits: default and largest page, and how far <c>$count</c> counts exactly.</summary>
/// <param name="ExactCountLimit">Above this many rows, <c>@iot.count</c> is the planner's estimate.</param>
public sealed record StaPaging(int DefaultTop, int MaxTop, int ExactCountLimit)
{
    /// <summary>100 per page, at most 10 000, counts exact up to 100 000.</summary>
    public static StaPaging Default { get; } = new(100, 10_000, 100_000);
}
