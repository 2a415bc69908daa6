namespace OpenTerritoire.Core.Querying;

/// <summary>A decimal literal with a fractional part and no exponent (<c>21.5</c>).</summary>
public sealed record DecimalLiteral(decimal Value, int Position) : LiteralExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitDecimal(this);
}
