using OpenTerritoire.Storage.Querying;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>
/// The eight entity types of the SensorThings sensing core (STA 18-088 §8.2) and how they map to the tables: the one
/// allowlist from which every identifier in generated SQL comes.
/// </summary>
/// <remarks>
/// Visibility: Things and Datastreams carry their own publication state; the others are visible when they belong
/// to the caller's tenant or serve something published (a Sensor behind a published Datastream, a Location of a
/// published Thing, an Observation of a published Datastream…).
/// </remarks>
public static class StaEntityTypes
{
    private const string Own = "{e}.tenant_id = @ViewerTenant";

    private const string PublishedDatastream = "vd.publication = 'published'";

    public static StaEntityType Things { get; } = new(
        EntitySet.Things,
        "Thing",
        "Things",
        "things",
        [Text("name"), Text("description"), Json("properties")],
        [
            Navigation("Locations", "Locations", true, JoinTable("things_locations", "thing_id", "location_id")),
            Navigation("HistoricalLocations", "HistoricalLocations", true, "{t}.thing_id = {s}.id", "thing_id"),
            Navigation("Datastreams", "Datastreams", true, "{t}.thing_id = {s}.id", "thing_id"),
        ],
        $"({{e}}.publication = 'published' OR {Own})");

    public static StaEntityType Locations { get; } = new(
        EntitySet.Locations,
        "Location",
        "Locations",
        "locations",
        [
            Text("name"), Text("description"), Text("encodingType", "encoding_type"),
            new StaProperty("location", StaValueKind.Geometry, ["location"], true), Json("properties"),
        ],
        [
            Navigation("Things", "Things", true, JoinTable("things_locations", "location_id", "thing_id")),
            Navigation(
                "HistoricalLocations", "HistoricalLocations", true,
                JoinTable("historical_locations_locations", "location_id", "historical_location_id")),
        ],
        $"""
        ({Own} OR EXISTS (
            SELECT 1 FROM things_locations vtl JOIN things vt ON vt.id = vtl.thing_id
            WHERE vtl.location_id = {"{e}"}.id AND vt.publication = 'published'))
        """);

    public static StaEntityType HistoricalLocations { get; } = new(
        EntitySet.HistoricalLocations,
        "HistoricalLocation",
        "HistoricalLocations",
        "historical_locations",
        [new StaProperty("time", StaValueKind.Instant, ["time"], true)],
        [
            Navigation(
                "Locations", "Locations", true,
                JoinTable("historical_locations_locations", "historical_location_id", "location_id")),
            Navigation("Thing", "Things", false, "{t}.id = {s}.thing_id", "thing_id"),
        ],
        $"""
        ({Own} OR EXISTS (
            SELECT 1 FROM things vt WHERE vt.id = {"{e}"}.thing_id AND vt.publication = 'published'))
        """);

    public static StaEntityType Datastreams { get; } = new(
        EntitySet.Datastreams,
        "Datastream",
        "Datastreams",
        "datastreams",
        [
            Text("name"), Text("description"),
            new StaProperty(
                "unitOfMeasurement", StaValueKind.Unit, ["unit_name", "unit_symbol", "unit_definition"], true),
            Text("observationType", "observation_type"),
            new StaProperty("observedArea", StaValueKind.Geometry, ["observed_area"], false),
            new StaProperty(
                "phenomenonTime", StaValueKind.Interval, [], false,
                [
                    "(SELECT min(o.phenomenon_time_start) FROM observations o WHERE o.datastream_id = e.id)",
                    "(SELECT max(coalesce(o.phenomenon_time_end, o.phenomenon_time_start)) FROM observations o " +
                    "WHERE o.datastream_id = e.id)",
                ]),
            Json("properties"),
        ],
        [
            Navigation("Thing", "Things", false, "{t}.id = {s}.thing_id", "thing_id"),
            Navigation("Sensor", "Sensors", false, "{t}.id = {s}.sensor_id", "sensor_id"),
            Navigation("ObservedProperty", "ObservedProperties", false, "{t}.id = {s}.observed_property_id", "observed_property_id"),
            Navigation("Observations", "Observations", true, "{t}.datastream_id = {s}.id", "datastream_id"),
        ],
        $"({{e}}.publication = 'published' OR {Own})");

    public static StaEntityType Sensors { get; } = new(
        EntitySet.Sensors,
        "Sensor",
        "Sensors",
        "sensors",
        [
            Text("name"), Text("description"), Text("encodingType", "encoding_type"), Text("metadata"),
            Json("properties"),
        ],
        [Navigation("Datastreams", "Datastreams", true, "{t}.sensor_id = {s}.id", "sensor_id")],
        $"""
        ({Own} OR EXISTS (
            SELECT 1 FROM datastreams vd WHERE vd.sensor_id = {"{e}"}.id AND {PublishedDatastream}))
        """);

    public static StaEntityType ObservedProperties { get; } = new(
        EntitySet.ObservedProperties,
        "ObservedProperty",
        "ObservedProperties",
        "observed_properties",
        [Text("name"), Text("definition"), Text("description"), Json("properties")],
        [Navigation("Datastreams", "Datastreams", true, "{t}.observed_property_id = {s}.id", "observed_property_id")],
        $"""
        ({Own} OR EXISTS (
            SELECT 1 FROM datastreams vd WHERE vd.observed_property_id = {"{e}"}.id AND {PublishedDatastream}))
        """);

    public static StaEntityType Observations { get; } = new(
        EntitySet.Observations,
        "Observation",
        "Observations",
        "observations",
        [
            new StaProperty("phenomenonTime", StaValueKind.Interval, ["phenomenon_time_start", "phenomenon_time_end"], false),
            new StaProperty("resultTime", StaValueKind.Instant, ["result_time"], false),
            new StaProperty(
                "result", StaValueKind.Result,
                ["result_kind", "result_number", "result_boolean", "result_string", "result_json"], true),
            Json("resultQuality", "result_quality"),
            new StaProperty("validTime", StaValueKind.Interval, ["valid_time_start", "valid_time_end"], false),
            Json("parameters"),
        ],
        [
            Navigation("Datastream", "Datastreams", false, "{t}.id = {s}.datastream_id", "datastream_id"),
            Navigation(
                "FeatureOfInterest", "FeaturesOfInterest", false, "{t}.id = {s}.feature_of_interest_id",
                "feature_of_interest_id"),
        ],
        $"""
        ({Own} OR EXISTS (
            SELECT 1 FROM datastreams vd WHERE vd.id = {"{e}"}.datastream_id AND {PublishedDatastream}))
        """);

    public static StaEntityType FeaturesOfInterest { get; } = new(
        EntitySet.FeaturesOfInterest,
        "FeatureOfInterest",
        "FeaturesOfInterest",
        "features_of_interest",
        [
            Text("name"), Text("description"), Text("encodingType", "encoding_type"),
            new StaProperty("feature", StaValueKind.Geometry, ["feature"], true), Json("properties"),
        ],
        [Navigation("Observations", "Observations", true, "{t}.feature_of_interest_id = {s}.id", "feature_of_interest_id")],
        $"""
        ({Own} OR EXISTS (
            SELECT 1 FROM observations vo JOIN datastreams vd ON vd.id = vo.datastream_id
            WHERE vo.feature_of_interest_id = {"{e}"}.id AND {PublishedDatastream}))
        """);

    /// <summary>Every entity type, in the order of the service root document.</summary>
    public static IReadOnlyList<StaEntityType> All { get; } =
    [
        Things, Locations, HistoricalLocations, Datastreams, Sensors, ObservedProperties, Observations,
        FeaturesOfInterest,
    ];

    /// <summary>The entity type of an entity set name (<c>Things</c>), or null.</summary>
    public static StaEntityType? FindSet(string setName) =>
        All.FirstOrDefault(type => string.Equals(type.SetName, setName, StringComparison.Ordinal));

    /// <summary>The entity type of an entity set name that is known to exist (the registry's own targets).</summary>
    public static StaEntityType GetSet(string setName) =>
        FindSet(setName) ?? throw new ArgumentOutOfRangeException(nameof(setName), setName, "Not an entity set.");

    private static StaProperty Text(string name, string? column = null) =>
        new(name, StaValueKind.Text, [column ?? name], true);

    private static StaProperty Json(string name, string? column = null) =>
        new(name, StaValueKind.Json, [column ?? name], false);

    private static StaNavigation Navigation(
        string name, string targetSet, bool isCollection, string correlation, string? foreignKey) =>
        new(name, targetSet, isCollection, correlation, foreignKey);

    private static StaJoin JoinTable(string table, string sourceColumn, string targetColumn) =>
        new(table, sourceColumn, targetColumn);

    private static StaNavigation Navigation(string name, string targetSet, bool isCollection, StaJoin join) =>
        new(
            name,
            targetSet,
            isCollection,
            $"EXISTS (SELECT 1 FROM {join.Table} j WHERE j.{join.SourceColumn} = {{s}}.id AND j.{join.TargetColumn} = {{t}}.id)",
            null,
            join);
}
