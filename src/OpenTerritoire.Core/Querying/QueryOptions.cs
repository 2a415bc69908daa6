using System.Globalization;

namespace OpenTerritoire.Core.Querying;

/// <summary>The parsed SensorThings query options of one request, or of one <c>$expand</c> item.</summary>
public sealed record QueryOptions
{
    /// <summary>No option given: every property, no filter, server ordering and page size.</summary>
    public static QueryOptions Default { get; } = new();

    public FilterExpression? Filter { get; init; }

    public IReadOnlyList<OrderByItem> OrderBy { get; init; } = [];

    /// <summary>The properties to return; empty means all.</summary>
    public IReadOnlyList<PropertyPath> Select { get; init; } = [];

    public IReadOnlyList<ExpandItem> Expand { get; init; } = [];

    /// <summary>The page size asked for (the face caps it); null when not given.</summary>
    public int? Top { get; init; }

    public int? Skip { get; init; }

    /// <summary>Whether <c>@iot.count</c> is asked for.</summary>
    public bool Count { get; init; }

    /// <summary><c>dataArray</c> when asked for (STA 18-088 §14.3), else null; top level only.</summary>
    public string? ResultFormat { get; init; }

    /// <summary>True when any option other than <see cref="Expand"/> is set.</summary>
    public bool HasOwnOptions =>
        Filter is not null || OrderBy.Count > 0 || Select.Count > 0 || Top is not null || Skip is not null || Count
        || ResultFormat is not null;

    /// <summary>The options as query text, joined by <paramref name="separator"/> (<c>&amp;</c> or <c>;</c>).</summary>
    public string ToString(string separator)
    {
        var parts = new List<string>();
        if (Filter is not null)
        {
            parts.Add("$filter=" + Filter);
        }

        if (OrderBy.Count > 0)
        {
            parts.Add("$orderby=" + string.Join(',', OrderBy));
        }

        if (Select.Count > 0)
        {
            parts.Add("$select=" + string.Join(',', Select));
        }

        if (Expand.Count > 0)
        {
            parts.Add("$expand=" + string.Join(',', Expand));
        }

        if (Top is { } top)
        {
            parts.Add("$top=" + top.ToString(CultureInfo.InvariantCulture));
        }

        if (Skip is { } skip)
        {
            parts.Add("$skip=" + skip.ToString(CultureInfo.InvariantCulture));
        }

        if (Count)
        {
            parts.Add("$count=true");
        }

        if (ResultFormat is not null)
        {
            parts.Add("$resultFormat=" + ResultFormat);
        }

        return string.Join(separator, parts);
    }

    /// <summary>Canonical query text, options joined by <c>&amp;</c> (values not URL-encoded).</summary>
    public override string ToString() => ToString("&");
}
