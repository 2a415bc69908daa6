using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Api.Tenancy;

/// <summary>A tenant on the wire (its area is served by the Features face, not here).</summary>
public sealed record TenantDocument(
    long Id, string Code, string Name, string Kind, long? ParentId, string? Siren, DateTimeOffset CreatedAt)
{
    public static TenantDocument From(Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return new(tenant.Id.Value, tenant.Code, tenant.Name, TenantKindNames.ToName(tenant.Kind), tenant.ParentId?.Value,
            tenant.Siren, tenant.CreatedAt);
    }
}
