namespace OpenTerritoire.Core.Querying;

/// <summary>
/// A WKT geometry in WGS 84 (<c>geography'POINT(2.35 48.85)'</c>), already checked to be well-formed; an OData
/// <c>SRID=4326;</c> prefix is accepted and dropped, since 4326 is the only reference system served.
/// </summary>
public sealed record SpatialLiteral(SpatialLiteralKind Kind, string WellKnownText, int Position)
    : LiteralExpression(Position)
{
    public override T Accept<T>(IFilterVisitor<T> visitor) => visitor.VisitSpatial(this);
}
