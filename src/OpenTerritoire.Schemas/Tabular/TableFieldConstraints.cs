namespace OpenTerritoire.Schemas.Tabular;

/// <summary>The <c>constraints</c> of a Table Schema field; bounds are kept as written and read in the field's type.</summary>
public sealed record TableFieldConstraints
{
    public static readonly TableFieldConstraints None = new();

    public bool Required { get; init; }

    public bool Unique { get; init; }

    public IReadOnlyList<string>? Enum { get; init; }

    public string? Pattern { get; init; }

    public string? Minimum { get; init; }

    public string? Maximum { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }
}
