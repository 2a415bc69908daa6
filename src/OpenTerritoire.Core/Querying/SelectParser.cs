namespace OpenTerritoire.Core.Querying;

/// <summary>Parses <c>$select</c>: <c>id,name,properties/owner</c>.</summary>
public static class SelectParser
{
    public static Result<IReadOnlyList<PropertyPath>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, new Range(0, text.Length));
    }

    /// <summary>
    /// Parses the part of <paramref name="text"/> in <paramref name="range"/>; pointers index into the whole text.
    /// </summary>
    internal static Result<IReadOnlyList<PropertyPath>> Parse(string text, Range range)
    {
        var split = QueryOptionSplitter.Split(text, range.Start.Value, range.End.Value, ',');
        if (!split.IsSuccess)
        {
            return Result.Failure<IReadOnlyList<PropertyPath>>(split.Issues);
        }

        var paths = new List<PropertyPath>();
        var issues = new List<Issue>();
        foreach (var item in split.Value)
        {
            var path = PathSyntax.Read(text, QueryOptionSplitter.Trim(text, item), allowControl: true);
            if (path.IsSuccess)
            {
                paths.Add(path.Value);
            }
            else
            {
                issues.AddRange(path.Issues);
            }
        }

        return issues.Count == 0
            ? Result.Success<IReadOnlyList<PropertyPath>>(paths.Distinct().ToList())
            : Result.Failure<IReadOnlyList<PropertyPath>>(issues);
    }
}
