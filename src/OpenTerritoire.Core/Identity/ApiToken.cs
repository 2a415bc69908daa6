using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Identity;

/// <summary>An API token as stored: its hash and display prefix, never its secret.</summary>
/// <param name="TenantId">The tenant it acts for; null for a platform token, which administers every tenant.</param>
/// <param name="TokenHash">SHA-256 of the secret, lower-case hex (<see cref="ApiTokenSecret.Hash"/>).</param>
/// <param name="Prefix">The first 8 characters of the secret, to recognise a token in lists.</param>
/// <param name="CreatedBy">The actor who created it (<c>token:12</c>, <c>cli</c>, <c>bootstrap</c>).</param>
public sealed record ApiToken(
    ApiTokenId Id,
    TenantId? TenantId,
    string Name,
    ApiTokenKind Kind,
    IReadOnlyList<TokenScope> Scopes,
    string TokenHash,
    string Prefix,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    /// <summary>Revoked wins over expired: a revoked token is reported as revoked whatever its expiry.</summary>
    public ApiTokenStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? ApiTokenStatus.Revoked
        : ExpiresAt is { } expiry && expiry <= now ? ApiTokenStatus.Expired
        : ApiTokenStatus.Active;
}
