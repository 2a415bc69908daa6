using OpenTerritoire.Api.Identity;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Tenancy;

namespace OpenTerritoire.Api.Tenancy;

/// <summary>
/// Creates tenants at run time: the platform creates top-level tenants (or members anywhere); a tenant admin creates
/// members under its own tenant or any of its descendants. Each creation is audited.
/// </summary>
public sealed class TenantAdministration(TenantStore tenants, TenantAccess access, AuditTrail audit)
{
    public async Task<Result<Tenant>> CreateAsync(Caller caller, TenantRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        Tenant? parent = null;
        if (!string.IsNullOrEmpty(request.Parent) || !caller.Principal.IsPlatform)
        {
            var resolved = await access.ResolveAsync(caller.Principal, request.Parent, TokenScope.Admin, "/parent", cancellationToken);
            if (!resolved.IsSuccess)
            {
                return Result.Failure<Tenant>(resolved.Issues);
            }

            parent = resolved.Value;
        }

        var validated = TenantRules.Validate(parent, request.Kind, request.Code, request.Name, request.Siren);
        if (!validated.IsSuccess)
        {
            return validated;
        }

        var created = await tenants.CreateAsync(validated.Value, cancellationToken);
        if (created.IsSuccess)
        {
            var tenant = created.Value;
            await audit.RecordAsync(
                caller, tenant.Id, AuditActions.TenantCreate, "tenant", tenant.Code,
                new { kind = TenantKindNames.ToName(tenant.Kind), parent = parent?.Code }, cancellationToken);
        }

        return created;
    }
}
