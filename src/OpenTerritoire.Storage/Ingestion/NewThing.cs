using NetTopologySuite.Geometries;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>A Thing created together with the device that observes it, with its location when known.</summary>
public sealed record NewThing(string Name, string Description, Geometry? Location);
