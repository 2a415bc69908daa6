namespace OpenTerritoire.Core.Querying;

/// <summary>
/// Parses the SensorThings query options of a request (<c>$filter</c>, <c>$orderby</c>, <c>$select</c>,
/// <c>$expand</c>, <c>$top</c>, <c>$skip</c>, <c>$count</c>, <c>$resultFormat</c>) and reports every problem at once.
/// </summary>
/// <remarks>
/// Names not starting with <c>$</c> are left to the caller. An unknown <c>$</c> name is <c>query.unknown-option</c>;
/// a standard OData one that is not served (<c>$search</c>, <c>$apply</c>…) is <c>query.not-implemented</c>
/// (<see cref="IssueKind.NotImplemented"/>). Pointers are <c>&lt;option&gt;/char:&lt;offset in its value&gt;</c>.
/// </remarks>
public static class QueryOptionsParser
{
    public static Result<QueryOptions> Parse(IReadOnlyDictionary<string, string> rawOptions)
    {
        ArgumentNullException.ThrowIfNull(rawOptions);
        var options = QueryOptions.Default;
        var issues = new List<Issue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in rawOptions)
        {
            if (!name.StartsWith('$'))
            {
                continue;
            }

            var canonical = QueryOptionReader.Classify(name, nested: false, out var notImplemented);
            if (canonical is null)
            {
                issues.Add(notImplemented
                    ? QueryIssues.NotImplemented(name, name)
                    : QueryIssues.UnknownOption(name, name));
                continue;
            }

            if (!seen.Add(canonical))
            {
                issues.Add(QueryIssues.DuplicateOption(name, name));
                continue;
            }

            var text = value ?? string.Empty;
            var found = new List<Issue>();
            options = QueryOptionReader.Apply(options, canonical, text, new Range(0, text.Length), 1, found);
            issues.AddRange(found.Select(issue => issue with { Pointer = name + "/" + issue.Pointer }));
        }

        return issues.Count == 0 ? Result.Success(options) : Result.Failure<QueryOptions>(issues);
    }
}
