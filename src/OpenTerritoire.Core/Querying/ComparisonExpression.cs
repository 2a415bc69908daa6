namespace OpenTerritoire.Core.Querying;

/// <summary><c>left eq right</c> and the other comparisons.</summary>
public sealed record ComparisonExpression(
    ComparisonOperator Operator, FilterExpression Left, FilterExpression Right, int Position)
    : FilterExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitComparison(this);
}
