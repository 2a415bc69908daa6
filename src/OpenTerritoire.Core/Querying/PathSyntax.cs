using System.Text.RegularExpressions;

namespace OpenTerritoire.Core.Querying;

/// <summary>Reads the <c>a/b/c</c> paths of <c>$select</c> and <c>$expand</c>.</summary>
internal static partial class PathSyntax
{
    /// <summary>The path in <paramref name="range"/> of <paramref name="text"/>, already trimmed.</summary>
    /// <param name="allowControl">Whether <c>@iot.*</c> names are allowed (in <c>$select</c>, not in
    /// <c>$expand</c>).</param>
    public static Result<PropertyPath> Read(string text, Range range, bool allowControl)
    {
        var value = text[range];
        var segments = value.Split('/');
        foreach (var segment in segments)
        {
            if (!NamePattern().IsMatch(segment) && !(allowControl && ControlPattern().IsMatch(segment)))
            {
                return Result.Failure<PropertyPath>(
                    QueryIssues.InvalidPath(FilterIssues.PointerAt(range.Start.Value), value));
            }
        }

        return Result.Success(new PropertyPath(segments));
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex("^@iot\\.[A-Za-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ControlPattern();
}
