using System.Globalization;

namespace OpenTerritoire.Core.Querying;

/// <summary>
/// Applies one option's text to a <see cref="QueryOptions"/>, at the top level or inside <c>$expand(…)</c>.
/// Issues point at <c>char:&lt;offset&gt;</c> in the text holding the value.
/// </summary>
internal static class QueryOptionReader
{
    private static readonly string[] TopLevel =
        ["$filter", "$orderby", "$select", "$expand", "$top", "$skip", "$count", "$resultFormat"];

    // OData 4.0 system query options that SensorThings does not define and this server does not serve.
    private static readonly string[] NotImplemented =
    [
        "$search", "$apply", "$compute", "$format", "$levels", "$index", "$schemaversion", "$skiptoken",
        "$deltatoken", "$id",
    ];

    /// <summary>
    /// The canonical spelling of a known option, or null; <paramref name="notImplemented"/> for standard ones not
    /// served.
    /// </summary>
    public static string? Classify(string name, bool nested, out bool notImplemented)
    {
        notImplemented = NotImplemented.Contains(name, StringComparer.OrdinalIgnoreCase);
        var known = TopLevel.FirstOrDefault(option => string.Equals(option, name, StringComparison.OrdinalIgnoreCase));
        return nested && known == "$resultFormat" ? null : known;
    }

    /// <summary>The options with <paramref name="name"/> (canonical) set from <c>text[range]</c>.</summary>
    public static QueryOptions Apply(
        QueryOptions options, string name, string text, Range range, int depth, List<Issue> issues)
    {
        var value = text[range];
        var start = range.Start.Value;
        switch (name)
        {
            case "$filter":
                var filter = FilterParser.Parse(value, start);
                issues.AddRange(filter.Errors);
                return filter.IsSuccess ? options with { Filter = filter.Value } : options;
            case "$orderby":
                var orderBy = OrderByParser.Parse(value, start);
                issues.AddRange(orderBy.Errors);
                return orderBy.IsSuccess ? options with { OrderBy = orderBy.Value } : options;
            case "$select":
                var select = SelectParser.Parse(text, range);
                issues.AddRange(select.Errors);
                return select.IsSuccess ? options with { Select = select.Value } : options;
            case "$expand":
                var expand = ExpandParser.Parse(text, range, depth);
                issues.AddRange(expand.Errors);
                return expand.IsSuccess ? options with { Expand = expand.Value } : options;
            case "$top" or "$skip":
                if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    issues.Add(QueryIssues.InvalidCount(FilterIssues.PointerAt(start), name, value));
                    return options;
                }

                return name == "$top" ? options with { Top = number } : options with { Skip = number };
            case "$count":
                var flag = value.Trim();
                if (!bool.TryParse(flag, out var count))
                {
                    issues.Add(QueryIssues.InvalidCountFlag(FilterIssues.PointerAt(start), value));
                    return options;
                }

                return options with { Count = count };
            default:
                if (!value.Trim().Equals("dataArray", StringComparison.OrdinalIgnoreCase))
                {
                    issues.Add(QueryIssues.InvalidResultFormat(FilterIssues.PointerAt(start), value));
                    return options;
                }

                return options with { ResultFormat = "dataArray" };
        }
    }
}
