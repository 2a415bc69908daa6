using System.Text.Json;

namespace OpenTerritoire.Api.Ingest;

/// <summary>A device model to register: codec kind (<c>builtin</c>, <c>byte-layout</c>, <c>javascript</c>,
/// <c>network</c>), its source, the vendor's examples and the mapping to a shared schema.</summary>
public sealed record CodecRequest(string? Model, string? Kind, string? Source, JsonElement? Examples, JsonElement? Mapping);
