using System.Globalization;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Api.Access;

/// <summary>
/// The one seam between management endpoints and access control: the tenant and scopes of the authenticated caller,
/// read from the claims the API token authentication sets (<c>ot:tenant</c>, one <c>ot:scope</c> per scope).
/// </summary>
public static class CallerTenant
{
    public const string TenantClaim = Identity.PrincipalClaims.TenantClaim;

    public const string ScopeClaim = Identity.PrincipalClaims.ScopeClaim;

    /// <summary>The caller's tenant when it holds <paramref name="scope"/> (or <c>admin</c>); 401 or 403 otherwise.</summary>
    public static Result<TenantId> Resolve(HttpContext context, string scope)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var tenant = user.FindFirst(TenantClaim)?.Value;
        if (user.Identity?.IsAuthenticated != true
            || !long.TryParse(tenant, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Result.Failure<TenantId>(AccessIssues.Unauthenticated());
        }

        var scopes = user.FindAll(ScopeClaim).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        return scopes.Contains(scope) || scopes.Contains("admin")
            ? Result.Success(new TenantId(id))
            : Result.Failure<TenantId>(AccessIssues.MissingScope(scope));
    }
}
