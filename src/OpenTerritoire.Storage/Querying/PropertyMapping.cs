namespace OpenTerritoire.Storage.Querying;

/// <summary>How one SensorThings property of an entity is stored; the subtypes are the allowlist's entries.</summary>
public abstract record PropertyMapping;
