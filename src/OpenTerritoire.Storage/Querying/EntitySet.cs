namespace OpenTerritoire.Storage.Querying;

/// <summary>The SensorThings v1.1 entity sets a filter can apply to (STA 18-088 §8.2).</summary>
public enum EntitySet
{
    Things,
    Locations,
    HistoricalLocations,
    Sensors,
    ObservedProperties,
    Datastreams,
    FeaturesOfInterest,
    Observations,
}
