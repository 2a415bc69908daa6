namespace OpenTerritoire.Core.Querying;

/// <summary>
/// Cuts option text at a separator (<c>,</c> or <c>;</c>) that stands outside quotes and parentheses, so that
/// nested <c>$expand</c> options and string literals holding separators stay whole.
/// </summary>
internal static class QueryOptionSplitter
{
    /// <summary>The [start, end) ranges between separators, or an issue for unbalanced parentheses or quotes.</summary>
    public static Result<IReadOnlyList<Range>> Split(string text, int start, int end, char separator)
    {
        var ranges = new List<Range>();
        var depth = 0;
        var open = new Stack<int>();
        var itemStart = start;
        for (var index = start; index < end; index++)
        {
            var c = text[index];
            if (c == '\'')
            {
                var quote = index;
                index++;
                while (index < end && !(text[index] == '\'' && (index + 1 >= end || text[index + 1] != '\'')))
                {
                    index += text[index] == '\'' ? 2 : 1;
                }

                if (index >= end)
                {
                    return Result.Failure<IReadOnlyList<Range>>(FilterIssues.UnterminatedString(quote));
                }
            }
            else if (c == '(')
            {
                depth++;
                open.Push(index);
            }
            else if (c == ')')
            {
                if (depth == 0)
                {
                    return Result.Failure<IReadOnlyList<Range>>(QueryIssues.Syntax(
                        FilterIssues.PointerAt(index), "')' without '('", "« ) » sans « ( »"));
                }

                depth--;
                open.Pop();
            }
            else if (c == separator && depth == 0)
            {
                ranges.Add(new Range(itemStart, index));
                itemStart = index + 1;
            }
        }

        if (depth > 0)
        {
            return Result.Failure<IReadOnlyList<Range>>(QueryIssues.Syntax(
                FilterIssues.PointerAt(open.Peek()), "'(' without ')'", "« ( » sans « ) »"));
        }

        ranges.Add(new Range(itemStart, end));
        return Result.Success<IReadOnlyList<Range>>(ranges);
    }

    /// <summary>The range without the white space at either end.</summary>
    public static Range Trim(string text, Range range)
    {
        var (start, end) = (range.Start.Value, range.End.Value);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Range(start, end);
    }
}
