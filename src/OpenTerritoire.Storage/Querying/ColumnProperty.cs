namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// A property stored in one typed column (<c>name</c> → <c>name</c>, <c>phenomenonTime</c> →
/// <c>phenomenon_time_start</c>).
/// </summary>
public sealed record ColumnProperty(string Column, FilterValueType Type) : PropertyMapping;
