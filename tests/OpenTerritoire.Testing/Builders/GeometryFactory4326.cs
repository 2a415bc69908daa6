using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace OpenTerritoire.Testing.Builders;

/// <summary>WGS 84 geometries for tests (x = longitude, y = latitude).</summary>
public static class GeometryFactory4326
{
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    public static Point Point(double longitude, double latitude) => Factory.CreatePoint(new Coordinate(longitude, latitude));

    /// <summary>An axis-aligned square as a one-polygon multipolygon, like a tenant's area.</summary>
    public static MultiPolygon Square(double west, double south, double size) => Factory.CreateMultiPolygon(
    [
        Factory.CreatePolygon(
        [
            new Coordinate(west, south), new Coordinate(west + size, south), new Coordinate(west + size, south + size),
            new Coordinate(west, south + size), new Coordinate(west, south),
        ]),
    ]);
}
