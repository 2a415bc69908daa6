using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>An API token on the wire: never its secret nor its hash.</summary>
/// <param name="Status"><c>active</c>, <c>expired</c> or <c>revoked</c>, now.</param>
public sealed record TokenDocument(
    long Id,
    long? TenantId,
    string Name,
    string Kind,
    IReadOnlyList<string> Scopes,
    string Prefix,
    string Status,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    public static TokenDocument From(ApiToken token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new(
            token.Id.Value, token.TenantId?.Value, token.Name, ApiTokenKindNames.ToName(token.Kind),
            token.Scopes.Select(TokenScopeNames.ToName).ToList(), token.Prefix,
            token.StatusAt(now).ToString().ToLowerInvariant(), token.CreatedAt, token.CreatedBy, token.ExpiresAt,
            token.RevokedAt, token.LastUsedAt);
    }
}
