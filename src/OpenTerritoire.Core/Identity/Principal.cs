using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Identity;

/// <summary>
/// Who is calling, once their token is checked: the tenant they act for, the token and its scopes. A tenant's
/// admin also administers the tenant's descendants (a syndicat admin acts on its member communes); a platform
/// principal (no tenant, admin scope) administers every tenant.
/// </summary>
public sealed record Principal(TenantId? Tenant, ApiTokenId TokenId, ApiTokenKind Kind, IReadOnlySet<TokenScope> Scopes)
{
    /// <summary>The operator of the hub: a tenant-less admin token.</summary>
    public bool IsPlatform => Tenant is null;

    /// <summary>The actor written in the audit log and in <c>created_by</c>.</summary>
    public string Actor => $"token:{TokenId}";

    /// <summary>True when the token carries the scope, or <see cref="TokenScope.Admin"/>, which implies them all.</summary>
    public bool Has(TokenScope scope) => Scopes.Contains(scope) || Scopes.Contains(TokenScope.Admin);

    /// <summary>
    /// Whether this principal may act with <paramref name="scope"/> on a tenant, given the tenant's lineage (the
    /// tenant itself and all its ancestors, as <c>TenantStore.ListLineageAsync</c> returns).
    /// </summary>
    public bool Reaches(IReadOnlyCollection<TenantId> lineage, TokenScope scope)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        return Has(scope) && (Tenant is not { } own || lineage.Contains(own));
    }
}
