namespace OpenTerritoire.Core.Querying;

/// <summary>A string literal, unescaped (<c>'O''Neil'</c> holds <c>O'Neil</c>).</summary>
public sealed record StringLiteral(string Value, int Position) : LiteralExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitString(this);
}
