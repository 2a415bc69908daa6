namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// A free JSON object in a jsonb column (<c>properties</c>, <c>parameters</c>); a filter reaches into it by path
/// (<c>properties/owner/name</c>), the value being cast to the type of what it is compared with.
/// </summary>
public sealed record JsonProperty(string Column) : PropertyMapping;
