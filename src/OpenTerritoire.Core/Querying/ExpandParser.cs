namespace OpenTerritoire.Core.Querying;

/// <summary>
/// Parses <c>$expand</c>:
/// <c>Datastreams($filter=…;$select=…;$orderby=…;$top=…;$skip=…;$count=true;$expand=…),Locations</c>
/// nested to <see cref="MaximumDepth"/> levels, and the path form <c>Datastreams/Observations</c>.
/// </summary>
public static class ExpandParser
{
    /// <summary>How many navigations deep an expansion may go.</summary>
    public const int MaximumDepth = 8;

    public static Result<IReadOnlyList<ExpandItem>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, new Range(0, text.Length), 1);
    }

    /// <summary>
    /// Parses <c>text[range]</c> at nesting <paramref name="depth"/>; pointers index into the whole text.
    /// </summary>
    internal static Result<IReadOnlyList<ExpandItem>> Parse(string text, Range range, int depth)
    {
        var split = QueryOptionSplitter.Split(text, range.Start.Value, range.End.Value, ',');
        if (!split.IsSuccess)
        {
            return Result.Failure<IReadOnlyList<ExpandItem>>(split.Issues);
        }

        var issues = new List<Issue>();
        var items = new List<(ExpandItem Item, int Position)>();
        foreach (var part in split.Value)
        {
            var item = ReadItem(text, QueryOptionSplitter.Trim(text, part), depth, issues);
            if (item is not null)
            {
                items.Add((item, part.Start.Value));
            }
        }

        var merged = Merge(items, issues);
        return issues.Count == 0
            ? Result.Success<IReadOnlyList<ExpandItem>>(merged)
            : Result.Failure<IReadOnlyList<ExpandItem>>(issues);
    }

    private static ExpandItem? ReadItem(string text, Range item, int depth, List<Issue> issues)
    {
        var (start, end) = (item.Start.Value, item.End.Value);
        if (start == end)
        {
            issues.Add(QueryIssues.Syntax(FilterIssues.PointerAt(start), "empty item", "élément vide"));
            return null;
        }

        var open = text.IndexOf('(', start, end - start);
        var path = PathSyntax.Read(
            text, QueryOptionSplitter.Trim(text, new Range(start, open < 0 ? end : open)), allowControl: false);
        if (!path.IsSuccess)
        {
            issues.AddRange(path.Issues);
            return null;
        }

        var segments = path.Value.Segments;
        if (depth + segments.Count - 1 > MaximumDepth)
        {
            issues.Add(QueryIssues.TooDeep(FilterIssues.PointerAt(start), MaximumDepth));
            return null;
        }

        var options = QueryOptions.Default;
        if (open >= 0)
        {
            var close = MatchingParenthesis(text, open);
            if (close != end - 1)
            {
                issues.Add(QueryIssues.Syntax(
                    FilterIssues.PointerAt(close + 1), "text after ')'", "texte après « ) »"));
                return null;
            }

            var nested = ReadOptions(text, new Range(open + 1, close), depth + segments.Count - 1, issues);
            if (nested is null)
            {
                return null;
            }

            options = nested;
        }

        var result = new ExpandItem(segments[^1], options);
        for (var index = segments.Count - 2; index >= 0; index--)
        {
            result = new ExpandItem(segments[index], QueryOptions.Default with { Expand = [result] });
        }

        return result;
    }

    private static QueryOptions? ReadOptions(string text, Range range, int depth, List<Issue> issues)
    {
        var split = QueryOptionSplitter.Split(text, range.Start.Value, range.End.Value, ';');
        if (!split.IsSuccess)
        {
            issues.AddRange(split.Issues);
            return null;
        }

        var count = issues.Count;
        var options = QueryOptions.Default;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in split.Value.Select(part => QueryOptionSplitter.Trim(text, part)))
        {
            var (start, end) = (part.Start.Value, part.End.Value);
            var equals = text.IndexOf('=', start, end - start);
            if (equals < 0)
            {
                issues.Add(QueryIssues.Syntax(
                    FilterIssues.PointerAt(start), "expected $option=value", "$option=valeur attendu"));
                continue;
            }

            var name = text[start..equals].Trim();
            var pointer = FilterIssues.PointerAt(start);
            var canonical = QueryOptionReader.Classify(name, nested: true, out var notImplemented);
            if (canonical is null)
            {
                issues.Add(notImplemented
                    ? QueryIssues.NotImplemented(pointer, name)
                    : QueryIssues.UnknownOption(pointer, name));
                continue;
            }

            if (!seen.Add(canonical))
            {
                issues.Add(QueryIssues.DuplicateOption(pointer, name));
                continue;
            }

            options = QueryOptionReader.Apply(
                options, canonical, text, new Range(equals + 1, end), depth + 1, issues);
        }

        return issues.Count == count ? options : null;
    }

    // The ')' closing the '(' at open, skipping quoted strings; the splitter has already checked the balance.
    private static int MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        var quoted = false;
        for (var index = open; index < text.Length; index++)
        {
            var c = text[index];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')' && --depth == 0)
            {
                return index;
            }
        }

        return text.Length - 1;
    }

    // Datastreams/Observations,Datastreams/Sensor becomes one Datastreams item expanding both.
    private static List<ExpandItem> Merge(List<(ExpandItem Item, int Position)> items, List<Issue> issues)
    {
        var merged = new List<ExpandItem>();
        foreach (var group in items.GroupBy(entry => entry.Item.Navigation, StringComparer.Ordinal))
        {
            var combined = group.First().Item;
            foreach (var (item, position) in group.Skip(1))
            {
                if (combined.Options.HasOwnOptions && item.Options.HasOwnOptions)
                {
                    issues.Add(QueryIssues.DuplicateExpand(FilterIssues.PointerAt(position), item.Navigation));
                    continue;
                }

                var own = combined.Options.HasOwnOptions ? combined.Options : item.Options;
                var children = combined.Options.Expand.Concat(item.Options.Expand)
                    .Select(child => (child, position))
                    .ToList();
                combined = combined with { Options = own with { Expand = Merge(children, issues) } };
            }

            merged.Add(combined);
        }

        return merged;
    }
}
