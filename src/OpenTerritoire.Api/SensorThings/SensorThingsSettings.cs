using OpenTerritoire.Storage.SensorThings;

namespace OpenTerritoire.Api.SensorThings;

/// <summary>Settings of the <c>SensorThings</c> section: page sizes and the exact-count limit.</summary>
public sealed class SensorThingsSettings
{
    public const string SectionName = "SensorThings";

    /// <summary>The page size when <c>$top</c> is not given.</summary>
    public int DefaultTop { get; set; } = StaPaging.Default.DefaultTop;

    /// <summary>The largest page served; a larger <c>$top</c> is capped and continued by <c>@iot.nextLink</c>.</summary>
    public int MaxTop { get; set; } = StaPaging.Default.MaxTop;

    /// <summary>Above this many rows, <c>@iot.count</c> is estimated and flagged <c>@iot.countEstimated</c>.</summary>
    public int ExactCountLimit { get; set; } = StaPaging.Default.ExactCountLimit;

    public StaPaging ToPaging() => new(DefaultTop, MaxTop, ExactCountLimit);
}
