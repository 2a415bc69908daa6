namespace OpenTerritoire.Schemas;

/// <summary>Configuration section <c>Schemas</c>.</summary>
public sealed class SchemasOptions
{
    public const string SectionName = "Schemas";

    /// <summary>The schemas folder; when empty, found by <see cref="SchemasDirectory.Locate(string?)"/>.</summary>
    public string? Directory { get; set; }
}
