namespace OpenTerritoire.Core.Querying;

/// <summary>A time of day (<c>08:30:00</c>).</summary>
public sealed record TimeOfDayLiteral(TimeOnly Value, int Position) : LiteralExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitTimeOfDay(this);
}
