namespace OpenTerritoire.Core.Querying;

/// <summary><c>left and right</c> or <c>left or right</c>.</summary>
public sealed record LogicalExpression(
    LogicalOperator Operator, FilterExpression Left, FilterExpression Right, int Position)
    : FilterExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitLogical(this);
}
