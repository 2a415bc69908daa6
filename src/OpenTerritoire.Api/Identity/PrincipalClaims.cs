using System.Globalization;
using System.Security.Claims;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Api.Identity;

/// <summary>Carries a <see cref="Principal"/> in the request's <see cref="ClaimsPrincipal"/> and reads it back.</summary>
public static class PrincipalClaims
{
    public const string TenantClaim = "ot:tenant";
    public const string TokenClaim = "ot:token";
    public const string KindClaim = "ot:token-kind";
    public const string ScopeClaim = "ot:scope";

    public static ClaimsPrincipal ToClaimsPrincipal(Principal principal, string scheme)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, principal.Actor),
            new(TokenClaim, principal.TokenId.ToString()),
            new(KindClaim, ApiTokenKindNames.ToName(principal.Kind)),
        };
        if (principal.Tenant is { } tenant)
        {
            claims.Add(new Claim(TenantClaim, tenant.ToString()));
        }

        claims.AddRange(principal.Scopes.Select(scope => new Claim(ScopeClaim, TokenScopeNames.ToName(scope))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The principal of an authenticated request; null when the request carries no valid token.</summary>
    public static Principal? Read(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true }
            || !long.TryParse(user.FindFirstValue(TokenClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var token)
            || !ApiTokenKindNames.TryParse(user.FindFirstValue(KindClaim), out var kind))
        {
            return null;
        }

        TenantId? tenant = long.TryParse(user.FindFirstValue(TenantClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new TenantId(id)
            : null;
        var scopes = user.FindAll(ScopeClaim)
            .Select(claim => TokenScopeNames.TryParse(claim.Value, out var scope) ? scope : (TokenScope?)null)
            .OfType<TokenScope>()
            .ToHashSet();
        return new Principal(tenant, new ApiTokenId(token), kind, scopes);
    }
}
