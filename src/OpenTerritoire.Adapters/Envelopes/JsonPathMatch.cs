using System.Text.Json;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>
/// One value selected by a <see cref="JsonPath"/>: its name (last property or index), pointer and value.
/// </summary>
public readonly record struct JsonPathMatch(string Name, string Pointer, JsonElement Value);
