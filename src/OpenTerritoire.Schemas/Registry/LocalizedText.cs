namespace OpenTerritoire.Schemas.Registry;

/// <summary>A short text in French and English (<c>x-title</c>, <c>x-label</c>, <c>x-help</c>).</summary>
public sealed record LocalizedText(string Fr, string En)
{
    /// <summary>The text in the language asked for: French for <c>fr</c>, English otherwise.</summary>
    public string In(string language) =>
        language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? Fr : En;
}
