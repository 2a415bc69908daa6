using System.Globalization;
using System.Security.Claims;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// The one seam between the registers and access control: reads the tenant and scopes that bearer-token
/// authentication puts on <see cref="HttpContext.User"/> (claims <c>ot:tenant</c>, and one <c>ot:scope</c> or
/// <c>scope</c> claim per scope). <c>admin</c> implies <c>write</c>, which implies <c>read</c>.
/// </summary>
public static class CallerTenant
{
    public const string TenantClaim = "ot:tenant";
    public const string ScopeClaim = "ot:scope";
    public const string ScopeClaimShort = "scope";
    public const string Read = "read";
    public const string Write = "write";
    public const string Admin = "admin";

    /// <summary>The caller's tenant when it holds <paramref name="scope"/>; <c>auth.unauthenticated</c> or <c>auth.forbidden</c> otherwise.</summary>
    public static Result<TenantId> Resolve(HttpContext context, string scope)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity is not { IsAuthenticated: true })
        {
            return Result.Failure<TenantId>(CallerIssues.Unauthenticated());
        }

        var scopes = user.FindAll(ScopeClaim).Concat(user.FindAll(ScopeClaimShort)).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        var granted = scope switch
        {
            Read => scopes.Contains(Read) || scopes.Contains(Write) || scopes.Contains(Admin),
            Write => scopes.Contains(Write) || scopes.Contains(Admin),
            _ => scopes.Contains(scope),
        };
        return granted && long.TryParse(user.FindFirstValue(TenantClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var tenant)
            ? Result.Success(new TenantId(tenant))
            : Result.Failure<TenantId>(CallerIssues.MissingScope(scope));
    }

    /// <summary>Who wrote a version: the token's actor (name identifier), never a personal address.</summary>
    public static string Author(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.User.FindFirstValue("ot:token") ?? "unknown";
    }
}
