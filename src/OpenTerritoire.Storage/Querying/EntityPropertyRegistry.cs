using System.Collections.Frozen;

namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// The allowlist of what a filter may touch: per entity set, the SensorThings v1.1 property names mapped to the
/// columns of the migrations, and the navigations mapped to their joins (the role of FROST's PropertyFieldRegistry).
/// Anything not listed here cannot reach SQL.
/// </summary>
public sealed class EntityPropertyRegistry
{
    private readonly FrozenDictionary<EntitySet, EntityMapping> entities;

    public EntityPropertyRegistry(IEnumerable<EntityMapping> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        this.entities = entities.ToFrozenDictionary(entity => entity.Set);
    }

    /// <summary>The SensorThings v1.1 data model over the tables of migrations 0002 and 0003.</summary>
    public static EntityPropertyRegistry SensorThings { get; } = new(
    [
        new EntityMapping(
            EntitySet.Things,
            "things",
            Properties(Named(), ("properties", new JsonProperty("properties"))),
            Relations(
                ("Locations", RelationMapping.Through(
                    EntitySet.Locations, "things_locations", "thing_id", "location_id")),
                ("HistoricalLocations", RelationMapping.ToMany(EntitySet.HistoricalLocations, "thing_id")),
                ("Datastreams", RelationMapping.ToMany(EntitySet.Datastreams, "thing_id")))),
        new EntityMapping(
            EntitySet.Locations,
            "locations",
            Properties(
                Named(),
                ("encodingType", new ColumnProperty("encoding_type", FilterValueType.String)),
                ("location", new ColumnProperty("location", FilterValueType.Geometry)),
                ("properties", new JsonProperty("properties"))),
            Relations(
                ("Things", RelationMapping.Through(EntitySet.Things, "things_locations", "location_id", "thing_id")),
                ("HistoricalLocations", RelationMapping.Through(
                    EntitySet.HistoricalLocations,
                    "historical_locations_locations",
                    "location_id",
                    "historical_location_id")))),
        new EntityMapping(
            EntitySet.HistoricalLocations,
            "historical_locations",
            Properties(Identified(), ("time", new ColumnProperty("time", FilterValueType.DateTime))),
            Relations(
                ("Thing", RelationMapping.ToOne(EntitySet.Things, "thing_id")),
                ("Locations", RelationMapping.Through(
                    EntitySet.Locations, "historical_locations_locations", "historical_location_id", "location_id")))),
        new EntityMapping(
            EntitySet.Sensors,
            "sensors",
            Properties(
                Named(),
                ("encodingType", new ColumnProperty("encoding_type", FilterValueType.String)),
                ("metadata", new ColumnProperty("metadata", FilterValueType.String)),
                ("properties", new JsonProperty("properties"))),
            Relations(("Datastreams", RelationMapping.ToMany(EntitySet.Datastreams, "sensor_id")))),
        new EntityMapping(
            EntitySet.ObservedProperties,
            "observed_properties",
            Properties(
                Named(),
                ("definition", new ColumnProperty("definition", FilterValueType.String)),
                ("properties", new JsonProperty("properties"))),
            Relations(("Datastreams", RelationMapping.ToMany(EntitySet.Datastreams, "observed_property_id")))),
        new EntityMapping(
            EntitySet.Datastreams,
            "datastreams",
            Properties(
                Named(),
                ("unitOfMeasurement", new ComplexProperty(new Dictionary<string, ColumnProperty>(StringComparer.Ordinal)
                {
                    ["name"] = new("unit_name", FilterValueType.String),
                    ["symbol"] = new("unit_symbol", FilterValueType.String),
                    ["definition"] = new("unit_definition", FilterValueType.String),
                })),
                ("observationType", new ColumnProperty("observation_type", FilterValueType.String)),
                ("observedArea", new ColumnProperty("observed_area", FilterValueType.Geometry)),
                ("properties", new JsonProperty("properties"))),
            Relations(
                ("Thing", RelationMapping.ToOne(EntitySet.Things, "thing_id")),
                ("Sensor", RelationMapping.ToOne(EntitySet.Sensors, "sensor_id")),
                ("ObservedProperty", RelationMapping.ToOne(EntitySet.ObservedProperties, "observed_property_id")),
                ("Observations", RelationMapping.ToMany(EntitySet.Observations, "datastream_id")))),
        new EntityMapping(
            EntitySet.FeaturesOfInterest,
            "features_of_interest",
            Properties(
                Named(),
                ("encodingType", new ColumnProperty("encoding_type", FilterValueType.String)),
                ("feature", new ColumnProperty("feature", FilterValueType.Geometry)),
                ("properties", new JsonProperty("properties"))),
            Relations(("Observations", RelationMapping.ToMany(EntitySet.Observations, "feature_of_interest_id")))),
        new EntityMapping(
            EntitySet.Observations,
            "observations",
            Properties(
                Identified(),
                // An interval's start stands for it, as the start is what the table is partitioned and indexed on.
                ("phenomenonTime", new ColumnProperty("phenomenon_time_start", FilterValueType.DateTime)),
                ("resultTime", new ColumnProperty("result_time", FilterValueType.DateTime)),
                ("validTime", new ColumnProperty("valid_time_start", FilterValueType.DateTime)),
                ("result", new ResultProperty("result_number", "result_string", "result_boolean", "result_json")),
                ("resultQuality", new JsonProperty("result_quality")),
                ("parameters", new JsonProperty("parameters"))),
            Relations(
                ("Datastream", RelationMapping.ToOne(EntitySet.Datastreams, "datastream_id")),
                ("FeatureOfInterest", RelationMapping.ToOne(EntitySet.FeaturesOfInterest, "feature_of_interest_id")))),
    ]);

    /// <summary>The mapping of an entity set; every set served has one.</summary>
    public EntityMapping Get(EntitySet set) => entities[set];

    /// <summary>
    /// The navigation called <paramref name="name"/> from <paramref name="set"/>, or null (for <c>$expand</c> checks).
    /// </summary>
    public RelationMapping? FindRelation(EntitySet set, string name) =>
        entities[set].Relations.GetValueOrDefault(name);

    private static (string, PropertyMapping)[] Identified() =>
    [
        ("id", new ColumnProperty("id", FilterValueType.Number)),
        ("@iot.id", new ColumnProperty("id", FilterValueType.Number)),
    ];

    private static (string, PropertyMapping)[] Named() =>
    [
        .. Identified(),
        ("name", new ColumnProperty("name", FilterValueType.String)),
        ("description", new ColumnProperty("description", FilterValueType.String)),
    ];

    private static FrozenDictionary<string, PropertyMapping> Properties(
        (string, PropertyMapping)[] common, params (string Name, PropertyMapping Mapping)[] own) =>
        common.Concat(own).ToFrozenDictionary(entry => entry.Item1, entry => entry.Item2, StringComparer.Ordinal);

    private static FrozenDictionary<string, RelationMapping> Relations(
        params (string Name, RelationMapping Mapping)[] relations) =>
        relations.ToFrozenDictionary(entry => entry.Name, entry => entry.Mapping, StringComparer.Ordinal);
}
