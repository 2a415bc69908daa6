namespace OpenTerritoire.Core.Querying;

/// <summary><c>left add right</c> and the other arithmetic operators.</summary>
public sealed record ArithmeticExpression(
    ArithmeticOperator Operator, FilterExpression Left, FilterExpression Right, int Position)
    : FilterExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitArithmetic(this);
}
