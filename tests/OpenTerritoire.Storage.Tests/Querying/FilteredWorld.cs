using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Sensing;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;
using Npgsql;

namespace OpenTerritoire.Storage.Tests.Querying;

/// <summary>
/// One tenant's small SensorThings world for filter tests: two lamp posts (Paris, Lyon) with their historical
/// locations, a datastream on each, five observations of every result type, and names to refer to each row by.
/// </summary>
internal sealed class FilteredWorld
{
    private FilteredWorld(TenantId tenant, IReadOnlyDictionary<(string Table, long Id), string> names)
    {
        Tenant = tenant;
        Names = names;
    }

    public TenantId Tenant { get; }

    /// <summary>Row names by table and id.</summary>
    public IReadOnlyDictionary<(string Table, long Id), string> Names { get; }

    public static async Task<FilteredWorld> CreateAsync(NpgsqlDataSource dataSource)
    {
        var seed = new Seeder(dataSource);
        var tenant = (await seed.TenantAsync()).Id;
        var names = new Dictionary<(string Table, long Id), string>();
        var none = CancellationToken.None;

        var sensor = await new SensorStore(dataSource).AppendAsync(
            tenant, new Sensor(default, tenant, "Luxmètre", "", "application/pdf", "https://example.org/lux.pdf", null), none);
        var property = await new ObservedPropertyStore(dataSource).AppendAsync(
            tenant, new ObservedProperty(default, tenant, "Température", "https://qudt.org/vocab/quantitykind/Temperature", "", null), none);

        names[("sensors", sensor.Id.Value)] = "lux";
        names[("observed_properties", property.Id.Value)] = "temperature-property";

        var things = new ThingStore(dataSource);
        var north = await things.AppendAsync(tenant, new Thing(
            default, tenant, "Lampadaire Nord", "Place de l'Hôtel de Ville",
            Json("""{"owner": "Ville", "height": 8, "lit": true, "address": {"street": "Rue Haute"}}"""),
            PublicationState.Published), none);
        var south = await things.AppendAsync(tenant, new Thing(
            default, tenant, "Lampadaire Sud", "  Quai du Rhône  ",
            Json("""{"owner": "Métropole", "height": "6", "lit": false}"""), PublicationState.Published), none);
        names[("things", north.Id.Value)] = "north";
        names[("things", south.Id.Value)] = "south";

        var locations = new LocationStore(dataSource);
        var paris = await locations.AppendAsync(tenant, new Location(
            default, tenant, "Paris", "", "application/geo+json", GeometryFactory4326.Point(2.3522, 48.8566), null), none);
        var lyon = await locations.AppendAsync(tenant, new Location(
            default, tenant, "Lyon", "", "application/geo+json", GeometryFactory4326.Point(4.8357, 45.7640), null), none);
        await things.LinkLocationAsync(tenant, north.Id, paris.Id, none);
        await things.LinkLocationAsync(tenant, south.Id, lyon.Id, none);
        names[("locations", paris.Id.Value)] = "paris";
        names[("locations", lyon.Id.Value)] = "lyon";

        var history = new HistoricalLocationStore(dataSource);
        var arrived = await history.AppendAsync(tenant, north.Id, At("2026-01-10T09:00:00Z"), [paris.Id], none);
        var moved = await history.AppendAsync(tenant, south.Id, At("2026-02-20T09:00:00Z"), [lyon.Id], none);
        // Both Things are this tenant's, so the store records both entries.
        names[("historical_locations", arrived!.Id.Value)] = "arrived";
        names[("historical_locations", moved!.Id.Value)] = "moved";

        var datastreams = new DatastreamStore(dataSource);
        var temperature = (await datastreams.AppendAsync(tenant, new Datastream(
            default, tenant, north.Id, sensor.Id, property.Id, "Température", "",
            new UnitOfMeasurement("degree Celsius", "°C", "ucum:Cel"),
            "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
            null, null, DuplicatePolicy.KeepFirst, null, PublicationState.Published), none)).Value;
        var state = (await datastreams.AppendAsync(tenant, new Datastream(
            default, tenant, south.Id, sensor.Id, property.Id, "État", "", UnitOfMeasurement.None,
            "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_TruthObservation",
            null, null, DuplicatePolicy.KeepFirst, null, PublicationState.Published), none)).Value;
        names[("datastreams", temperature.Id.Value)] = "temperature";
        names[("datastreams", state.Id.Value)] = "state";

        var feature = await new FeatureOfInterestStore(dataSource).AppendAsync(tenant, new FeatureOfInterest(
            default, tenant, "Trottoir Nord", "", "application/geo+json", GeometryFactory4326.Point(2.3530, 48.8570), null), none);

        names[("features_of_interest", feature.Id.Value)] = "pavement";

        var observations = new ObservationStore(dataSource);
        async Task ObserveAsync(string name, NewObservationBuilder builder) =>
            names[("observations", (await observations.AppendAsync(tenant, builder.Build(), none)).Value.Id.Value)] = name;

        await ObserveAsync("o1", new NewObservationBuilder(temperature.Id).At(At("2026-03-01T08:00:00Z")).WithResult(21.5)
            .WithFeatureOfInterest(feature.Id).WithParameters("""{"rssi": -97, "gateway": "eui-b827"}"""));
        await ObserveAsync("o2", new NewObservationBuilder(temperature.Id).At(At("2026-03-02T13:45:30.25Z")).WithResult(42)
            .WithResultTime(At("2026-03-02T14:45:30.25Z")));
        await ObserveAsync("o3", new NewObservationBuilder(temperature.Id).At(At("2026-03-03T08:00:00Z"))
            .WithResult(ObservationResult.FromText("défaut lampe")));
        await ObserveAsync("o4", new NewObservationBuilder(state.Id).At(At("2026-03-01T08:00:00Z"))
            .WithResult(ObservationResult.FromBoolean(true)));
        await ObserveAsync("o5", new NewObservationBuilder(state.Id).At(At("2026-04-04T23:30:00Z"))
            .WithResult(ObservationResult.FromBoolean(false)));
        return new FilteredWorld(tenant, names);
    }

    private static DateTimeOffset At(string instant) =>
        DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
