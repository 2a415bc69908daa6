using System.Globalization;
using System.Security.Claims;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Api.SensorThings;

/// <summary>
/// Who calls the SensorThings face: the tenant whose private rows they may read, and whether they may write.
/// An anonymous caller reads published rows only and cannot write.
/// </summary>
public sealed record StaCaller(TenantId? Tenant, bool CanWrite)
{
    /// <summary>The claim holding the caller's tenant id, set by the identity layer's token authentication.</summary>
    public const string TenantClaim = Identity.PrincipalClaims.TenantClaim;

    /// <summary>The claim(s) holding the caller's scopes (<c>read</c>, <c>write</c>, <c>admin</c>), space-separated.</summary>
    public const string ScopeClaim = Identity.PrincipalClaims.ScopeClaim;

    public static StaCaller Anonymous { get; } = new(null, false);

    /// <summary>
    /// The one seam between this face and authentication: reads the claims of an authenticated principal. Writing
    /// needs a tenant and the <c>write</c> or <c>admin</c> scope.
    /// </summary>
    public static StaCaller FromPrincipal(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not { IsAuthenticated: true }
            || principal.FindFirst(TenantClaim)?.Value is not { } tenantText
            || !long.TryParse(tenantText, NumberStyles.None, CultureInfo.InvariantCulture, out var tenantId))
        {
            return Anonymous;
        }

        var scopes = principal.FindAll(ScopeClaim)
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        return new StaCaller(new TenantId(tenantId), scopes.Contains("write") || scopes.Contains("admin"));
    }
}
