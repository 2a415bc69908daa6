namespace OpenTerritoire.Api.Tenancy;

/// <summary>The body of <c>POST /api/tenants</c>; <c>parent</c> defaults to the caller's own tenant.</summary>
public sealed record TenantRequest(string? Parent, string? Kind, string? Code, string? Name, string? Siren);
