using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>A Datastream a registered device must feed: one measured property of its mapping's schema.</summary>
public sealed record DatastreamPlan(
    string Name, string Definition, UnitOfMeasurement Unit, string ObservationType, SchemaBinding Schema);
