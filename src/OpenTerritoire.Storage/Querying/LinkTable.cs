namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// A many-to-many table: <c>SourceColumn</c> holds the source's id, <c>TargetColumn</c> the target's.
/// </summary>
public sealed record LinkTable(string Table, string SourceColumn, string TargetColumn);
