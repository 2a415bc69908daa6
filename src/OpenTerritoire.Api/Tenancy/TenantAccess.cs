using OpenTerritoire.Core;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Tenancy;

namespace OpenTerritoire.Api.Tenancy;

/// <summary>
/// Which tenants a principal reaches: its own tenant and its descendants (every tenant for the platform). A tenant
/// out of reach answers exactly like a tenant that does not exist (404), so codes cannot be probed.
/// </summary>
public sealed class TenantAccess(TenantStore tenants)
{
    /// <summary>
    /// The tenant named by <paramref name="code"/>, or the principal's own tenant when no code is given, if the
    /// principal reaches it with <paramref name="scope"/>; <paramref name="pointer"/> locates the code in the request.
    /// </summary>
    public async Task<Result<Tenant>> ResolveAsync(
        Principal principal, string? code, TokenScope scope, string pointer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (string.IsNullOrEmpty(code))
        {
            return principal.Tenant is { } own && await tenants.FindAsync(own, cancellationToken) is { } tenant
                ? Result.Success(tenant)
                : Result.Failure<Tenant>(TenancyIssues.Required(pointer));
        }

        var found = TenantRules.IsCode(code) ? await tenants.FindByCodeAsync(code, cancellationToken) : null;
        if (found is null)
        {
            return Result.Failure<Tenant>(TenancyIssues.TenantNotFound(pointer, code));
        }

        var lineage = await tenants.ListLineageAsync(found.Id, cancellationToken);
        return principal.Reaches(lineage, scope)
            ? Result.Success(found)
            : Result.Failure<Tenant>(TenancyIssues.TenantNotFound(pointer, code));
    }

    /// <summary>The tenants the principal sees: its own and its descendants, nearest first; all for the platform.</summary>
    public async Task<IReadOnlyList<Tenant>> ListVisibleAsync(Principal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.Tenant is { } own
            ? await tenants.ListDescendantsAsync(own, cancellationToken)
            : await tenants.ListAsync(cancellationToken);
    }
}
