namespace OpenTerritoire.Storage.SensorThings;

/// <summary>The join table of a many-to-many navigation: which column holds the source id, which the target id.</summary>
public sealed record StaJoin(string Table, string SourceColumn, string TargetColumn);
