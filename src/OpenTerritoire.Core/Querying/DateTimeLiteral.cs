namespace OpenTerritoire.Core.Querying;

/// <summary>An ISO 8601 date-time with its offset (<c>2026-03-01T08:00:00Z</c>, <c>…+01:00</c>).</summary>
public sealed record DateTimeLiteral(DateTimeOffset Value, int Position) : LiteralExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitDateTime(this);
}
