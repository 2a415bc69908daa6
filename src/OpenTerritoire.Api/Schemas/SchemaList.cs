namespace OpenTerritoire.Api.Schemas;

/// <summary>The body of <c>GET /schemas</c>.</summary>
public sealed record SchemaList(IReadOnlyList<SchemaListItem> Schemas);
