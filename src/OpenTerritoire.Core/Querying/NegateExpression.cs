namespace OpenTerritoire.Core.Querying;

/// <summary><c>-operand</c> for anything but a number literal (<c>-5</c> is a literal).</summary>
public sealed record NegateExpression(FilterExpression Operand, int Position) : FilterExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitNegate(this);
}
