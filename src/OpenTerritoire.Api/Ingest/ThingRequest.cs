using System.Text.Json;

namespace OpenTerritoire.Api.Ingest;

/// <summary>A Thing to create with a device: name, description and a GeoJSON point (CRS84).</summary>
public sealed record ThingRequest(string? Name, string? Description, JsonElement? Location);
