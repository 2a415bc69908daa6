namespace OpenTerritoire.Api.Identity;

/// <summary>
/// The body of <c>POST /api/tokens</c>. <c>tenant</c> defaults to the caller's own; <c>kind</c> to
/// <c>application</c>; <c>expiresAt</c> to 90 days from now, and may be at most two years away.
/// </summary>
public sealed record TokenRequest(
    string? Tenant, string? Name, string? Kind, IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresAt);
