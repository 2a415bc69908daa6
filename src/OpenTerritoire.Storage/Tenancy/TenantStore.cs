using Dapper;
using NetTopologySuite.Geometries;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Tenancy;

/// <summary>Tenants and their hierarchy. Tenants own rows; they are not themselves owned, so no tenant scope here.</summary>
public sealed class TenantStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, parent_id, kind, code, name, siren, area, created_at";

    private const string InsertSql = $"""
        INSERT INTO tenants (parent_id, kind, code, name, siren, area)
        VALUES (@ParentId, @Kind, @Code, @Name, @Siren, @Area)
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM tenants
        WHERE id = @Id
        """;

    private const string SelectByCodeSql = $"""
        SELECT {Columns}
        FROM tenants
        WHERE code = @Code
        """;

    private const string SelectChildrenSql = $"""
        SELECT {Columns}
        FROM tenants
        WHERE parent_id = @ParentId
        ORDER BY name, id
        """;

    private const string SelectAllSql = $"""
        SELECT {Columns}
        FROM tenants
        ORDER BY id
        """;

    // The tenant and everything below it, nearest first. The depth bound stops a cycle made by hand in SQL.
    private const string SelectDescendantsSql = $"""
        WITH RECURSIVE subtree AS (
            SELECT id, 0 AS depth
            FROM tenants
            WHERE id = @Id
            UNION ALL
            SELECT child.id, subtree.depth + 1
            FROM tenants child
            JOIN subtree ON child.parent_id = subtree.id
            WHERE subtree.depth < 16
        )
        SELECT {Columns}
        FROM tenants
        JOIN subtree USING (id)
        ORDER BY subtree.depth, tenants.name, tenants.id
        """;

    // The tenant and all its ancestors, itself first.
    private const string SelectLineageSql = """
        WITH RECURSIVE lineage AS (
            SELECT id, parent_id, 0 AS depth
            FROM tenants
            WHERE id = @Id
            UNION ALL
            SELECT parent.id, parent.parent_id, lineage.depth + 1
            FROM tenants parent
            JOIN lineage ON parent.id = lineage.parent_id
            WHERE lineage.depth < 16
        )
        SELECT id
        FROM lineage
        ORDER BY depth
        """;

    /// <summary>Stores a new tenant; its id and creation time are assigned here.</summary>
    public async Task<Tenant> AppendAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<TenantRow>(new CommandDefinition(
            InsertSql,
            new
            {
                ParentId = tenant.ParentId?.Value,
                Kind = TenantKindNames.ToName(tenant.Kind),
                tenant.Code,
                tenant.Name,
                tenant.Siren,
                tenant.Area,
            },
            cancellationToken: cancellationToken));
        return row.ToTenant();
    }

    /// <summary>
    /// Stores a new tenant, or answers <c>tenancy.duplicate-code</c> when its code is taken (the unique constraint
    /// decides, so two concurrent creations cannot both succeed).
    /// </summary>
    public async Task<Result<Tenant>> CreateAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        try
        {
            return Result.Success(await AppendAsync(tenant, cancellationToken));
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Result.Failure<Tenant>(TenancyIssues.DuplicateCode("/code", tenant.Code));
        }
    }

    /// <summary>The tenant and all its descendants (a syndicat with its members), nearest first; empty if unknown.</summary>
    public async Task<IReadOnlyList<Tenant>> ListDescendantsAsync(TenantId root, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<TenantRow>(new CommandDefinition(
            SelectDescendantsSql, new { Id = root.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToTenant()).ToList();
    }

    /// <summary>The tenant's id and its ancestors' ids, itself first: what <c>Principal.Reaches</c> takes.</summary>
    public async Task<IReadOnlyList<TenantId>> ListLineageAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ids = await connection.QueryAsync<long>(new CommandDefinition(
            SelectLineageSql, new { Id = tenant.Value }, cancellationToken: cancellationToken));
        return ids.Select(id => new TenantId(id)).ToList();
    }

    public async Task<Tenant?> FindAsync(TenantId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TenantRow>(new CommandDefinition(
            SelectByIdSql, new { Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToTenant();
    }

    public async Task<Tenant?> FindByCodeAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TenantRow>(new CommandDefinition(
            SelectByCodeSql, new { Code = code }, cancellationToken: cancellationToken));
        return row?.ToTenant();
    }

    /// <summary>The direct members of a tenant (a syndicat's communes).</summary>
    public async Task<IReadOnlyList<Tenant>> ListChildrenAsync(TenantId parent, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<TenantRow>(new CommandDefinition(
            SelectChildrenSql, new { ParentId = parent.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToTenant()).ToList();
    }

    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<TenantRow>(new CommandDefinition(SelectAllSql, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToTenant()).ToList();
    }

    private sealed class TenantRow
    {
        public long Id { get; init; }

        public long? ParentId { get; init; }

        public string Kind { get; init; } = string.Empty;

        public string Code { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public string? Siren { get; init; }

        public MultiPolygon? Area { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public Tenant ToTenant() => new(
            new TenantId(Id),
            ParentId is { } parent ? new TenantId(parent) : null,
            TenantKindNames.TryParse(Kind, out var kind) ? kind : throw new InvalidDataException($"Bad tenant kind '{Kind}'."),
            Code,
            Name,
            Siren,
            Area,
            CreatedAt);
    }
}
