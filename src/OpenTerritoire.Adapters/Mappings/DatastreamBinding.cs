using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Adapters.Mappings;

/// <summary>A Datastream of a Thing fed by one property of a schema's records.</summary>
public sealed record DatastreamBinding(string Property, DatastreamId DatastreamId);
