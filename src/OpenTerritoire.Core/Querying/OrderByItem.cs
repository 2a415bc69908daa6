namespace OpenTerritoire.Core.Querying;

/// <summary>One <c>$orderby</c> item: an expression (usually a property path) and a direction.</summary>
public sealed record OrderByItem(FilterExpression Expression, SortDirection Direction)
{
    /// <summary>Canonical text: the expression, then <c>desc</c> when descending.</summary>
    public override string ToString() =>
        Direction == SortDirection.Descending ? Expression + " desc" : Expression.ToString();
}
