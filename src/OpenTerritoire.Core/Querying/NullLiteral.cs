namespace OpenTerritoire.Core.Querying;

/// <summary><c>null</c>.</summary>
public sealed record NullLiteral(int Position) : LiteralExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitNull(this);
}
