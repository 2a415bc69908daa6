using Dapper;
using Npgsql;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Identity;

/// <summary>The append-only audit log of privileged actions, per tenant (the table refuses UPDATE and DELETE).</summary>
public sealed class AuditLogStore(NpgsqlDataSource dataSource)
{
    /// <summary>The most entries one list or export returns.</summary>
    public const int MaximumLimit = 100_000;

    private const string Columns = """
        id, tenant_id, actor, action, target_type, target_id, at, host(remote_address) AS remote_address,
        details::text AS details
        """;

    private const string InsertSql = $"""
        INSERT INTO audit_log (tenant_id, actor, action, target_type, target_id, at, remote_address, details)
        VALUES (@TenantId, @Actor, @Action, @TargetType, @TargetId, @At, @RemoteAddress::inet, @Details::jsonb)
        RETURNING {Columns}
        """;

    private const string SelectSql = $"""
        SELECT {Columns}
        FROM audit_log
        WHERE tenant_id = @TenantId
          AND (@Since::timestamptz IS NULL OR at >= @Since)
        ORDER BY at DESC, id DESC
        LIMIT @Limit
        """;

    /// <summary>Appends an entry; its id is assigned here. A remote address that is not an IP address is dropped.</summary>
    public async Task<AuditEntry> AppendAsync(TenantId tenant, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        TenantGuard.EnsureSame(tenant, entry.TenantId);
        var address = System.Net.IPAddress.TryParse(entry.RemoteAddress, out var parsed) ? parsed.ToString() : null;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<AuditRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                entry.Actor,
                entry.Action,
                entry.TargetType,
                entry.TargetId,
                entry.At,
                RemoteAddress = address,
                Details = JsonColumn.ToText(entry.Details),
            },
            cancellationToken: cancellationToken));
        return row.ToEntry();
    }

    /// <summary>The tenant's entries, newest first, from <paramref name="since"/> when given.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(
        TenantId tenant, DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaximumLimit);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            SelectSql, new { TenantId = tenant.Value, Since = since, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToEntry()).ToList();
    }

    private sealed class AuditRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public string Actor { get; init; } = string.Empty;

        public string Action { get; init; } = string.Empty;

        public string TargetType { get; init; } = string.Empty;

        public string TargetId { get; init; } = string.Empty;

        public DateTimeOffset At { get; init; }

        public string? RemoteAddress { get; init; }

        public string? Details { get; init; }

        public AuditEntry ToEntry() => new(
            Id, new TenantId(TenantId), Actor, Action, TargetType, TargetId, At, RemoteAddress, JsonColumn.FromText(Details));
    }
}
