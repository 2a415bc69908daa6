namespace OpenTerritoire.Storage.Querying;

/// <summary>One entity set's table, filterable properties and navigations (names case-sensitive, as in STA).</summary>
public sealed record EntityMapping(
    EntitySet Set,
    string Table,
    IReadOnlyDictionary<string, PropertyMapping> Properties,
    IReadOnlyDictionary<string, RelationMapping> Relations);
