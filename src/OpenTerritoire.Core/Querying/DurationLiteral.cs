namespace OpenTerritoire.Core.Querying;

/// <summary>A day-time duration (<c>duration'P1DT2H'</c>).</summary>
public sealed record DurationLiteral(TimeSpan Value, int Position) : LiteralExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitDuration(this);
}
