using System.Text.Json;
using OpenTerritoire.Api.Tenancy;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>
/// Writes privileged actions to the audit log with the caller's identity, time and address, and reads a tenant's
/// log back for the admins of that tenant (and of its ancestors).
/// </summary>
public sealed class AuditTrail(AuditLogStore audit, TenantAccess access, TimeProvider time)
{
    /// <summary>How many entries a list returns unless asked otherwise.</summary>
    public const int DefaultLimit = 1000;

    public Task<AuditEntry> RecordAsync(
        Caller caller, TenantId tenant, string action, string targetType, string targetId, object? details,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        JsonElement? json = details is null ? null : JsonSerializer.SerializeToElement(details, JsonSerializerOptions.Web);
        return audit.AppendAsync(
            tenant,
            new AuditEntry(0, tenant, caller.Principal.Actor, action, targetType, targetId, time.GetUtcNow(), caller.RemoteAddress, json),
            cancellationToken);
    }

    public async Task<Result<IReadOnlyList<AuditEntry>>> ListAsync(
        Principal principal, string? tenantCode, DateTimeOffset? since, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > AuditLogStore.MaximumLimit)
        {
            return Result.Failure<IReadOnlyList<AuditEntry>>(IdentityIssues.InvalidLimit("query:limit", AuditLogStore.MaximumLimit));
        }

        var tenant = await access.ResolveAsync(principal, tenantCode, TokenScope.Admin, "query:tenant", cancellationToken);
        return tenant.IsSuccess
            ? Result.Success(await audit.ListAsync(tenant.Value.Id, since, limit ?? DefaultLimit, cancellationToken))
            : Result.Failure<IReadOnlyList<AuditEntry>>(tenant.Issues);
    }
}
