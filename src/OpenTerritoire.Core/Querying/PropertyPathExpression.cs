namespace OpenTerritoire.Core.Querying;

/// <summary>A reference to a property of the filtered entity, possibly through relations.</summary>
public sealed record PropertyPathExpression(PropertyPath Path, int Position) : FilterExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitPropertyPath(this);
}
