namespace OpenTerritoire.Core.Registers;

/// <summary>One field of a transparency schema and its level.</summary>
/// <param name="Path">Member names from the root (<c>["operator", "name"]</c>); array items are not descended into.</param>
public sealed record FieldRequirement(IReadOnlyList<string> Path, FieldLevel Level)
{
    /// <summary>The JSON Pointer of the field (<c>/operator/name</c>).</summary>
    public string Pointer => "/" + string.Join('/', Path);
}
