using OpenTerritoire.Storage.Querying;

namespace OpenTerritoire.Storage.Tests.Querying;

public sealed partial class SqlFilterTranslatorTests
{
    public static TheoryData<EntitySet, string, string> Relations => new()
    {
        { EntitySet.Observations, "Datastream/name eq 'Température'", "o1,o2,o3" },
        { EntitySet.Observations, "Datastream/Thing/name eq 'Lampadaire Sud'", "o4,o5" },
        { EntitySet.Observations, "Datastream/unitOfMeasurement/symbol eq '°C'", "o1,o2,o3" },
        { EntitySet.Observations, "Datastream/Thing/properties/owner eq 'Ville' and result gt 30", "o2" },
        { EntitySet.Observations, "FeatureOfInterest/name eq 'Trottoir Nord'", "o1" },
        { EntitySet.Observations, "Datastream/Thing/Locations/name eq 'Lyon'", "o4,o5" },
        { EntitySet.Observations, "not (Datastream/name eq 'Température')", "o4,o5" },
        { EntitySet.Observations, "not Datastream/name eq 'Température' and result", "o4" },
        { EntitySet.Observations, "Datastream/Thing/name eq Datastream/name", "" },
        { EntitySet.Observations, "length(Datastream/Thing/name) eq 14 or result eq 21.5", "o1,o4,o5" },
        { EntitySet.Observations, "Datastream/ObservedProperty/name eq 'Température'", "o1,o2,o3,o4,o5" },
        { EntitySet.Observations, "Datastream/Sensor/name eq 'Luxmètre'", "o1,o2,o3,o4,o5" },
        { EntitySet.Things, "Datastreams/name eq 'État'", "south" },
        { EntitySet.Things, "Datastreams/Observations/result gt 40", "north" },
        { EntitySet.Things, "Datastreams/Observations/result eq false", "south" },
        { EntitySet.Things, "Locations/name eq 'Paris'", "north" },
        { EntitySet.Locations, "Things/properties/owner eq 'Métropole'", "lyon" },
        { EntitySet.Datastreams, "Thing/name eq 'Lampadaire Nord'", "temperature" },
        { EntitySet.Datastreams, "unitOfMeasurement/symbol eq null", "state" },
        { EntitySet.Datastreams, "Observations/phenomenonTime ge 2026-04-01", "state" },
        { EntitySet.HistoricalLocations, "time lt 2026-02-01", "arrived" },
        { EntitySet.HistoricalLocations, "Thing/name eq 'Lampadaire Sud'", "moved" },
        { EntitySet.HistoricalLocations, "Locations/name eq 'Paris'", "arrived" },
        { EntitySet.Locations, "HistoricalLocations/time gt 2026-02-01T00:00:00Z", "lyon" },
        { EntitySet.Things, "HistoricalLocations/Locations/name eq 'Lyon'", "south" },
        { EntitySet.Sensors, "Datastreams/name eq 'État' and name eq 'Luxmètre'", "lux" },
        { EntitySet.ObservedProperties, "Datastreams/Thing/name eq 'Lampadaire Nord'", "temperature-property" },
        { EntitySet.FeaturesOfInterest, "Observations/result eq 21.5", "pavement" },
    };

    [Theory]
    [MemberData(nameof(Relations))]
    public async Task Translate_RelationPath_SelectsRowsThroughForeignKeys(EntitySet entity, string filter, string expected) =>
        Assert.Equal(expected, await MatchAsync(entity, filter));

    [Fact]
    public async Task Translate_OtherTenantsRows_AreNeverReturned()
    {
        var mine = await FilteredWorld.CreateAsync(database.DataSource);
        await FilteredWorld.CreateAsync(database.DataSource);

        var matched = await MatchAsync(mine, EntitySet.Observations, "Datastream/Thing/name eq 'Lampadaire Nord'");

        Assert.Equal("o1,o2,o3", matched);
    }

    [Fact]
    public void Translate_SharedPrefix_JoinsItOnce()
    {
        var fragment = Translate(EntitySet.Observations, "Datastream/Thing/name eq Datastream/name");

        Assert.Equal(1, fragment.Sql.Split("FROM datastreams").Length - 1);
        Assert.Equal(1, fragment.Sql.Split("EXISTS").Length - 1);
    }
}
