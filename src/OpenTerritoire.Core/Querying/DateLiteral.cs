namespace OpenTerritoire.Core.Querying;

/// <summary>An ISO 8601 calendar date (<c>2026-03-01</c>).</summary>
public sealed record DateLiteral(DateOnly Value, int Position) : LiteralExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitDate(this);
}
