namespace OpenTerritoire.Core.Querying;

/// <summary>An integer literal (<c>42</c>, <c>-3</c>).</summary>
public sealed record IntegerLiteral(long Value, int Position) : LiteralExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitInteger(this);
}
