namespace OpenTerritoire.Api.Health;

/// <summary>The body of <c>/health</c> and a successful <c>/ready</c>.</summary>
public sealed record HealthStatus(string Status, int? SchemaVersion, int? ExpectedSchemaVersion);
