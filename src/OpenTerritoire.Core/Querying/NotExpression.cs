namespace OpenTerritoire.Core.Querying;

/// <summary><c>not operand</c>; it takes the whole comparison after it: <c>not a eq b</c> is <c>not (a eq b)</c>.</summary>
public sealed record NotExpression(FilterExpression Operand, int Position) : FilterExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitNot(this);
}
