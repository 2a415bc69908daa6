using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Schemas.Tabular;

/// <summary>One field (column) of a Table Schema.</summary>
public sealed record TableField(string Name, TableFieldType Type, string Format, TableFieldConstraints Constraints)
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public LocalizedText? Label { get; init; }

    public string? Unit { get; init; }

    /// <summary>The <c>x-check</c>: <c>siren</c>, <c>siret</c> or <c>insee-commune</c>.</summary>
    public string? Check { get; init; }

    /// <summary>Texts read as true (frictionless default: true, True, TRUE, 1).</summary>
    public IReadOnlyList<string> TrueValues { get; init; } = ["true", "True", "TRUE", "1"];

    /// <summary>Texts read as false (frictionless default: false, False, FALSE, 0).</summary>
    public IReadOnlyList<string> FalseValues { get; init; } = ["false", "False", "FALSE", "0"];
}
