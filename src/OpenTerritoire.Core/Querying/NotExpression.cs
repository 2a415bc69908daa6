namespace OpenTerritoire.Core.Querying;

/// <summary><c>not operand</c>; a unary operator, so it binds tighter than comparisons (OData 4.0 §5.1.1.10).</summary>
public sealed record NotExpression(FilterExpression Operand, int Position) : FilterExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitNot(this);
}
