namespace OpenTerritoire.Core.Querying;

/// <summary>A node of a parsed SensorThings/OData <c>$filter</c> expression (STA 18-088 §9.3.3.5).</summary>
/// <remarks>
/// <see cref="Position"/> is the 0-based character offset of the node in the text it was parsed from, so that later
/// stages (translation to SQL) can point at the offending part. <see cref="ToString"/> prints canonical OData.
/// </remarks>
public abstract record FilterExpression(int Position)
{
    /// <summary>Dispatches to the visitor method for this node's type.</summary>
    public abstract T Accept<T>(IFilterVisitor<T> visitor);

    /// <summary>
    /// The canonical OData text: lower-case keywords, minimal parentheses, literals in their standard form.
    /// </summary>
    public sealed override string ToString() => FilterPrinter.Print(this);
}
