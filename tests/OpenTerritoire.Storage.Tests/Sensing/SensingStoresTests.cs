using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Storage.Sensing;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;
using Location = OpenTerritoire.Core.Sensing.Location;

namespace OpenTerritoire.Storage.Tests.Sensing;

/// <summary>Round trips of the SensorThings entity tables, and their tenant scoping.</summary>
public sealed class SensingStoresTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private readonly Seeder seed = new(database.DataSource);

    public static TheoryData<string> Geometries => new()
    {
        "POINT (1.4442 43.6047)",
        "LINESTRING (1.44 43.60, 1.45 43.61, 1.46 43.60)",
        "POLYGON ((1.44 43.60, 1.45 43.60, 1.45 43.61, 1.44 43.61, 1.44 43.60))",
        "MULTIPOINT ((1.44 43.60), (1.45 43.61))",
    };

    [Theory]
    [MemberData(nameof(Geometries))]
    public async Task LocationStore_AppendAsync_RoundTripsGeometry(string wkt)
    {
        var tenant = await seed.TenantAsync();
        var geometry = new NetTopologySuite.IO.WKTReader(Factory.GeometryServices).Read(wkt);
        var store = new LocationStore(database.DataSource);

        var appended = await store.AppendAsync(
            tenant.Id,
            new Location(default, tenant.Id, "Place du Capitole", "Lampadaire n°12", "application/geo+json", geometry,
                Json("""{"adresse": "1 place du Capitole"}""")),
            CancellationToken.None);
        var found = await store.FindAsync(tenant.Id, appended.Id, CancellationToken.None);

        Assert.NotNull(found);
        Assert.True(geometry.EqualsExact(found.Geometry));
        Assert.Equal(4326, found.Geometry.SRID);
        Assert.Equal("1 place du Capitole", found.Properties!.Value.GetProperty("adresse").GetString());
    }

    [Fact]
    public async Task ThingStore_LinkLocationAsync_ThingListsItsLocation()
    {
        var tenant = await seed.TenantAsync();
        var things = new ThingStore(database.DataSource);
        var locations = new LocationStore(database.DataSource);
        var thing = await things.AppendAsync(
            tenant.Id, new Thing(default, tenant.Id, "Borne 7", "", Json("""{"marque": "X"}"""), PublicationState.Published),
            CancellationToken.None);
        var location = await locations.AppendAsync(tenant.Id, PointLocation(tenant.Id), CancellationToken.None);

        var linked = await things.LinkLocationAsync(tenant.Id, thing.Id, location.Id, CancellationToken.None);
        var linkedAgain = await things.LinkLocationAsync(tenant.Id, thing.Id, location.Id, CancellationToken.None);

        Assert.True(linked && linkedAgain);
        Assert.Equal([location.Id], (await locations.ListByThingAsync(tenant.Id, thing.Id, CancellationToken.None)).Select(l => l.Id));
        var found = await things.FindAsync(tenant.Id, thing.Id, CancellationToken.None);
        Assert.Equal(PublicationState.Published, found!.Publication);
        Assert.Equal("X", found.Properties!.Value.GetProperty("marque").GetString());
    }

    [Fact]
    public async Task ThingStore_LinkLocationAsync_OtherTenantsLocation_Refuses()
    {
        var owner = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var thing = await new ThingStore(database.DataSource).AppendAsync(
            owner.Id, new Thing(default, owner.Id, "Borne", "", null, PublicationState.Draft), CancellationToken.None);
        var foreign = await new LocationStore(database.DataSource).AppendAsync(other.Id, PointLocation(other.Id), CancellationToken.None);

        Assert.False(await new ThingStore(database.DataSource).LinkLocationAsync(owner.Id, thing.Id, foreign.Id, CancellationToken.None));
    }

    [Fact]
    public async Task HistoricalLocationStore_AppendAsync_RecordsLocationsNewestFirst()
    {
        var tenant = await seed.TenantAsync();
        var thing = await new ThingStore(database.DataSource).AppendAsync(
            tenant.Id, new Thing(default, tenant.Id, "Capteur mobile", "", null, PublicationState.Draft), CancellationToken.None);
        var first = await new LocationStore(database.DataSource).AppendAsync(tenant.Id, PointLocation(tenant.Id), CancellationToken.None);
        var second = await new LocationStore(database.DataSource).AppendAsync(tenant.Id, PointLocation(tenant.Id), CancellationToken.None);
        var store = new HistoricalLocationStore(database.DataSource);
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        await store.AppendAsync(tenant.Id, thing.Id, t0, [first.Id], CancellationToken.None);
        await store.AppendAsync(tenant.Id, thing.Id, t0.AddDays(1), [second.Id, first.Id], CancellationToken.None);
        var history = await store.ListByThingAsync(tenant.Id, thing.Id, CancellationToken.None);

        Assert.Equal([t0.AddDays(1), t0], history.Select(h => h.Time));
        Assert.Equal([first.Id, second.Id], history[0].LocationIds);
    }

    [Fact]
    public async Task DatastreamStore_AppendAsync_RoundTripsUnitSchemaAndObservedArea()
    {
        var tenant = await seed.TenantAsync();
        var template = await seed.DatastreamAsync(tenant.Id);
        var area = GeometryFactory4326.Square(1.4, 43.5, 0.2).Geometries[0];
        var store = new DatastreamStore(database.DataSource);

        var appended = await store.AppendAsync(
            tenant.Id,
            template with
            {
                Name = "Taux de remplissage",
                Unit = new UnitOfMeasurement("percent", "%", "ucum:%"),
                ObservedArea = area,
                Schema = new SchemaBinding("waste-container-fill-level", "1.0.0", "fillingLevel"),
                DuplicatePolicy = DuplicatePolicy.Replace,
                Properties = Json("""{"seuil": 80}"""),
            },
            CancellationToken.None);
        var found = await store.FindAsync(tenant.Id, appended.Value.Id, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(new UnitOfMeasurement("percent", "%", "ucum:%"), found.Unit);
        Assert.Equal(new SchemaBinding("waste-container-fill-level", "1.0.0", "fillingLevel"), found.Schema);
        Assert.Equal(DuplicatePolicy.Replace, found.DuplicatePolicy);
        Assert.True(area.EqualsExact(found.ObservedArea));
        Assert.Equal(template.ThingId, found.ThingId);
    }

    [Fact]
    public async Task DatastreamStore_AppendAsync_OtherTenantsThing_ReturnsRelatedNotFound()
    {
        var owner = await seed.TenantAsync();
        var intruder = await seed.TenantAsync();
        var owned = await seed.DatastreamAsync(owner.Id);
        var own = await seed.DatastreamAsync(intruder.Id);

        var result = await new DatastreamStore(database.DataSource).AppendAsync(
            intruder.Id, own with { ThingId = owned.ThingId }, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal("store.related-not-found", result.Issues[0].Code);
    }

    [Fact]
    public async Task DatastreamStore_ReplaceSensorAsync_KeepsDatastreamAndChangesSensor()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id);
        var newSensor = await new SensorStore(database.DataSource).AppendAsync(
            tenant.Id,
            new Sensor(default, tenant.Id, "Autre capteur", "", "text/html", "https://vendor-b.example/", null),
            CancellationToken.None);

        var swapped = await new DatastreamStore(database.DataSource).ReplaceSensorAsync(
            tenant.Id, datastream.Id, newSensor.Id, CancellationToken.None);

        Assert.Equal(datastream.Id, swapped!.Id);
        Assert.Equal(newSensor.Id, swapped.SensorId);
    }

    [Fact]
    public async Task FeatureOfInterestStore_AppendAsync_RoundTrips()
    {
        var tenant = await seed.TenantAsync();
        var store = new FeatureOfInterestStore(database.DataSource);
        var feature = GeometryFactory4326.Point(1.4442, 43.6047);

        var appended = await store.AppendAsync(
            tenant.Id,
            new FeatureOfInterest(default, tenant.Id, "Rue d'Alsace", "Tronçon", "application/geo+json", feature, null),
            CancellationToken.None);
        var found = await store.FindAsync(tenant.Id, appended.Id, CancellationToken.None);

        Assert.True(feature.EqualsExact(found!.Feature));
        Assert.Equal("Rue d'Alsace", found.Name);
    }

    [Fact]
    public async Task Stores_FindAsync_OtherTenantsRows_ReturnNull()
    {
        var owner = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(owner.Id);
        var location = await new LocationStore(database.DataSource).AppendAsync(owner.Id, PointLocation(owner.Id), CancellationToken.None);

        Assert.Null(await new ThingStore(database.DataSource).FindAsync(other.Id, datastream.ThingId, CancellationToken.None));
        Assert.Null(await new SensorStore(database.DataSource).FindAsync(other.Id, datastream.SensorId, CancellationToken.None));
        Assert.Null(await new ObservedPropertyStore(database.DataSource).FindAsync(other.Id, datastream.ObservedPropertyId, CancellationToken.None));
        Assert.Null(await new DatastreamStore(database.DataSource).FindAsync(other.Id, datastream.Id, CancellationToken.None));
        Assert.Null(await new LocationStore(database.DataSource).FindAsync(other.Id, location.Id, CancellationToken.None));
        Assert.Empty(await new ThingStore(database.DataSource).ListAsync(other.Id, CancellationToken.None));
        Assert.Empty(await new SensorStore(database.DataSource).ListAsync(other.Id, CancellationToken.None));
        Assert.False(await new ThingStore(database.DataSource).DeleteAsync(other.Id, datastream.ThingId, CancellationToken.None));
        Assert.NotNull(await new ThingStore(database.DataSource).FindAsync(owner.Id, datastream.ThingId, CancellationToken.None));
    }

    [Fact]
    public async Task ObservedPropertyStore_FindByDefinitionAsync_FindsTenantsOwn()
    {
        var tenant = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id);
        var store = new ObservedPropertyStore(database.DataSource);

        var found = await store.FindByDefinitionAsync(tenant.Id, "https://qudt.org/vocab/quantitykind/Temperature", CancellationToken.None);

        Assert.Equal(datastream.ObservedPropertyId, found!.Id);
    }

    private static Location PointLocation(Core.Tenancy.TenantId tenant) => new(
        default, tenant, "Point", "", "application/geo+json", GeometryFactory4326.Point(1.44, 43.60), null);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
