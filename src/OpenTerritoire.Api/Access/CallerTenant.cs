using System.Globalization;
using System.Security.Claims;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Api.Access;

/// <summary>
/// The one seam between management endpoints and access control: the tenant and scopes of the authenticated caller,
/// read from the claims the API token authentication sets (<see cref="Identity.PrincipalClaims"/>).
/// <c>admin</c> implies <c>write</c>, which implies <c>read</c>.
/// </summary>
public static class CallerTenant
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Admin = "admin";

    /// <summary>The caller's tenant when it holds <paramref name="scope"/>; 401 or 403 issues otherwise.</summary>
    public static Result<TenantId> Resolve(HttpContext context, string scope)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true
            || !long.TryParse(user.FindFirst(Identity.PrincipalClaims.TenantClaim)?.Value, NumberStyles.None,
                CultureInfo.InvariantCulture, out var id))
        {
            return Result.Failure<TenantId>(AccessIssues.Unauthenticated());
        }

        var scopes = user.FindAll(Identity.PrincipalClaims.ScopeClaim).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        var granted = scope switch
        {
            Read => scopes.Contains(Read) || scopes.Contains(Write) || scopes.Contains(Admin),
            Write => scopes.Contains(Write) || scopes.Contains(Admin),
            _ => scopes.Contains(scope) || scopes.Contains(Admin),
        };
        return granted
            ? Result.Success(new TenantId(id))
            : Result.Failure<TenantId>(AccessIssues.MissingScope(
                TokenScopeNames.TryParse(scope, out var needed) ? [needed] : []) with { Expected = scope });
    }

    /// <summary>Who acts: the token's actor (name identifier), never a personal address.</summary>
    public static string Actor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? context.User.FindFirstValue(Identity.PrincipalClaims.TokenClaim) ?? "unknown";
    }
}
