using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Schemas.Tabular;

/// <summary>A frictionless Table Schema, parsed once into a typed model.</summary>
public sealed record TableSchema(string Name, IReadOnlyList<TableField> Fields)
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Version { get; init; }

    public LocalizedText? LocalizedTitle { get; init; }

    public string? Theme { get; init; }

    public IReadOnlyList<string> PrimaryKey { get; init; } = [];

    /// <summary>Cell texts that mean "no value" (default: the empty string).</summary>
    public IReadOnlyList<string> MissingValues { get; init; } = [string.Empty];

    public TableCoordinates? Coordinates { get; init; }

    public TableField? FindField(string name) =>
        Fields.FirstOrDefault(field => string.Equals(field.Name, name, StringComparison.Ordinal));
}
