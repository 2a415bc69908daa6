namespace OpenTerritoire.Core.Querying;

/// <summary>
/// Parses SensorThings v1.1 <c>$filter</c> text (STA 18-088 §9.3.3.5, OData 4.0 ABNF) into a typed tree.
/// </summary>
/// <remarks>
/// Never throws on bad input: issues carry a <c>filter.*</c> code and a <c>char:&lt;offset&gt;</c> pointer.
/// </remarks>
public static class FilterParser
{
    /// <summary>Parses one boolean (or any) expression.</summary>
    public static Result<FilterExpression> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FilterExpressionReader.ReadExpression(text, 0);
    }

    /// <summary>
    /// Parses text that sits at <paramref name="offset"/> in a larger option value (nested in <c>$expand</c>).
    /// </summary>
    internal static Result<FilterExpression> Parse(string text, int offset) =>
        FilterExpressionReader.ReadExpression(text, offset);
}
