namespace OpenTerritoire.Core.Sensing;

/// <summary>The shared schema (id and version) and the property of its records that feeds a Datastream.</summary>
public sealed record SchemaBinding(string SchemaId, string Version, string Property);
