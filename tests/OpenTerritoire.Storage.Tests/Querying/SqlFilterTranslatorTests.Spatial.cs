using OpenTerritoire.Storage.Querying;

namespace OpenTerritoire.Storage.Tests.Querying;

public sealed partial class SqlFilterTranslatorTests
{
    private const string AroundParis = "geography'POLYGON((2 48, 3 48, 3 49, 2 49, 2 48))'";

    public static TheoryData<EntitySet, string, string> Spatial => new()
    {
        { EntitySet.Locations, "geo.distance(location, geography'POINT(2.3522 48.8566)') lt 1", "paris" },
        // Paris–Lyon is about 392 km on the spheroid: the distance is in metres, not degrees.
        {
            EntitySet.Locations,
            "geo.distance(location, geography'POINT(2.3522 48.8566)') gt 385000 and geo.distance(location, geography'POINT(2.3522 48.8566)') lt 400000",
            "lyon"
        },
        { EntitySet.Locations, $"st_within(location, {AroundParis})", "paris" },
        { EntitySet.Locations, $"geo.intersects(location, {AroundParis})", "paris" },
        { EntitySet.Locations, "st_intersects(location, geometry'POLYGON((4 45, 5 45, 5 46, 4 46, 4 45))')", "lyon" },
        { EntitySet.Locations, $"st_disjoint(location, {AroundParis})", "lyon" },
        { EntitySet.Locations, "st_equals(location, geography'POINT(4.8357 45.764)')", "lyon" },
        { EntitySet.Locations, $"st_contains({AroundParis}, location)", "paris" },
        { EntitySet.Locations, $"st_relate(location, {AroundParis}, 'T*F**F***')", "paris" },
        { EntitySet.Locations, "st_touches(location, geography'LINESTRING(2.3522 48.8566, 3 49)')", "paris" },
        { EntitySet.Locations, "st_crosses(geography'LINESTRING(2 48, 3 49)', geography'LINESTRING(2 49, 3 48)') and name eq 'Lyon'", "lyon" },
        {
            EntitySet.Locations,
            "st_overlaps(geometry'POLYGON((0 0, 2 0, 2 2, 0 2, 0 0))', geometry'POLYGON((1 1, 3 1, 3 3, 1 3, 1 1))')",
            "lyon,paris"
        },
        { EntitySet.Locations, "geo.length(geography'LINESTRING(2.3522 48.8566, 4.8357 45.764)') gt 385000", "lyon,paris" },
        { EntitySet.Things, "geo.distance(Locations/location, geography'POINT(4.84 45.76)') lt 1000", "south" },
        { EntitySet.Observations, $"st_within(FeatureOfInterest/feature, {AroundParis})", "o1" },
    };

    [Theory]
    [MemberData(nameof(Spatial))]
    public async Task Translate_SpatialFunction_SelectsMatchingRows(EntitySet entity, string filter, string expected) =>
        Assert.Equal(expected, await MatchAsync(entity, filter));
}
