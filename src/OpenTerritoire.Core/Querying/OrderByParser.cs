namespace OpenTerritoire.Core.Querying;

/// <summary>
/// Parses <c>$orderby</c>: <c>phenomenonTime desc,result</c>; items are any <c>$filter</c> expression.
/// </summary>
public static class OrderByParser
{
    public static Result<IReadOnlyList<OrderByItem>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FilterExpressionReader.ReadOrderBy(text, 0);
    }

    internal static Result<IReadOnlyList<OrderByItem>> Parse(string text, int offset) =>
        FilterExpressionReader.ReadOrderBy(text, offset);
}
