namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>
/// A field of a <see cref="JsonPathMapping"/>: a fixed name for the value a path selects, or no name, in which case
/// each selected value is named after its property or index (<c>$.measures.*</c>).
/// </summary>
public sealed record JsonPathField(string? Name, JsonPath Path);
