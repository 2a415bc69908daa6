using Dapper;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Registers;

/// <summary>Links of a tenant's records to its Things, Sensors, Datastreams, Datasets and other records.</summary>
public sealed class RegisterLinkStore(NpgsqlDataSource dataSource)
{
    private const string RecordExistsSql = """
        SELECT count(*)
        FROM register_records
        WHERE tenant_id = @TenantId
          AND kind = @Kind
          AND id = @Id
        """;

    // The target must be the tenant's own (a record target: one of its sensor records); the SELECT yields no row otherwise.
    private const string InsertSql = """
        WITH target AS (
            SELECT id FROM things WHERE @Target = 'thing' AND tenant_id = @TenantId AND id = @TargetId
            UNION ALL
            SELECT id FROM sensors WHERE @Target = 'sensor' AND tenant_id = @TenantId AND id = @TargetId
            UNION ALL
            SELECT id FROM datastreams WHERE @Target = 'datastream' AND tenant_id = @TenantId AND id = @TargetId
            UNION ALL
            SELECT id FROM datasets WHERE @Target = 'dataset' AND tenant_id = @TenantId AND id = @TargetId
            UNION ALL
            SELECT id FROM register_records
            WHERE @Target = 'record' AND tenant_id = @TenantId AND id = @TargetId AND kind = 'sensor' AND id <> @Id
        ), inserted AS (
            INSERT INTO register_links (
                record_id, tenant_id, role, thing_id, sensor_id, datastream_id, dataset_id, target_record_id)
            SELECT @Id, @TenantId, @Role,
                   CASE WHEN @Target = 'thing' THEN target.id END,
                   CASE WHEN @Target = 'sensor' THEN target.id END,
                   CASE WHEN @Target = 'datastream' THEN target.id END,
                   CASE WHEN @Target = 'dataset' THEN target.id END,
                   CASE WHEN @Target = 'record' THEN target.id END
            FROM target
            ON CONFLICT DO NOTHING
        )
        SELECT count(*)
        FROM target
        """;

    private const string DeleteSql = """
        DELETE FROM register_links
        WHERE tenant_id = @TenantId
          AND record_id = @Id
          AND role = @Role
          AND coalesce(thing_id, sensor_id, datastream_id, dataset_id, target_record_id) = @TargetId
          AND CASE @Target
                  WHEN 'thing' THEN thing_id IS NOT NULL
                  WHEN 'sensor' THEN sensor_id IS NOT NULL
                  WHEN 'datastream' THEN datastream_id IS NOT NULL
                  WHEN 'dataset' THEN dataset_id IS NOT NULL
                  ELSE target_record_id IS NOT NULL
              END
        """;

    private const string SelectSql = """
        SELECT l.role, l.thing_id, l.sensor_id, l.datastream_id, l.dataset_id, l.target_record_id
        FROM register_links l
        JOIN register_records r ON r.id = l.record_id
        WHERE l.tenant_id = @TenantId
          AND r.kind = @Kind
          AND l.record_id = @Id
        ORDER BY l.id
        """;

    /// <summary>
    /// Adds a link allowed by <see cref="RegisterLinkRules"/>; <c>register.not-found</c> when the record is not the
    /// tenant's, <c>register.link-target-not-found</c> when the target is not. Adding an existing link is a no-op.
    /// </summary>
    public async Task<Result<RegisterLink>> AppendAsync(
        TenantId tenant, RegisterKind kind, RegisterRecordId record, RegisterLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var allowed = RegisterLinkRules.Check(kind, link);
        if (!allowed.IsSuccess)
        {
            return allowed;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            RecordExistsSql,
            new { TenantId = tenant.Value, Kind = RegisterKindNames.ToName(kind), Id = record.Value },
            cancellationToken: cancellationToken));
        if (exists == 0)
        {
            return Result.Failure<RegisterLink>(RegisterIssues.RecordNotFound(record.ToString()));
        }

        var found = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            InsertSql, Parameters(tenant, record, link), cancellationToken: cancellationToken));
        return found == 1 ? Result.Success(link) : Result.Failure<RegisterLink>(RegisterIssues.LinkTargetNotFound(link));
    }

    /// <summary>Removes a link; false when there was none.</summary>
    public async Task<bool> DeleteAsync(
        TenantId tenant, RegisterRecordId record, RegisterLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            DeleteSql, Parameters(tenant, record, link), cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>The links of a record, in the order they were made.</summary>
    public async Task<IReadOnlyList<RegisterLink>> ListAsync(
        TenantId tenant, RegisterKind kind, RegisterRecordId record, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RegisterLinkRow>(new CommandDefinition(
            SelectSql,
            new { TenantId = tenant.Value, Kind = RegisterKindNames.ToName(kind), Id = record.Value },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToLink()).ToList();
    }

    private static object Parameters(TenantId tenant, RegisterRecordId record, RegisterLink link) => new
    {
        TenantId = tenant.Value,
        Id = record.Value,
        Role = RegisterLinkNames.ToName(link.Role),
        Target = RegisterLinkNames.ToName(link.Target),
        link.TargetId,
    };
}
