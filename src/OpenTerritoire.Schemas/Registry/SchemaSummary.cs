namespace OpenTerritoire.Schemas.Registry;

/// <summary>A schema as the catalogue lists it: its latest version's metadata and every published version.</summary>
public sealed record SchemaSummary(
    string Id,
    string Category,
    SchemaKind Kind,
    LocalizedText Title,
    string? Description,
    string? Theme,
    string LatestVersion,
    IReadOnlyList<string> Versions,
    IReadOnlyList<ObservedPropertyDescriptor> ObservedProperties);
