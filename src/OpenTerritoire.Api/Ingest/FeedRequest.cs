using System.Text.Json;

namespace OpenTerritoire.Api.Ingest;

/// <summary>A feed to declare: kind (<c>ttn-v3</c>, <c>chirpstack-v4</c>, <c>json</c>, <c>csv</c>), name and settings.</summary>
public sealed record FeedRequest(string? Name, string? Kind, JsonElement? Settings);
