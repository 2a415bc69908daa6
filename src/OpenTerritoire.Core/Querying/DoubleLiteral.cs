namespace OpenTerritoire.Core.Querying;

/// <summary>A floating-point literal with an exponent (<c>1.5e3</c>).</summary>
public sealed record DoubleLiteral(double Value, int Position) : LiteralExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitDouble(this);
}
