using Dapper;
using NetTopologySuite.Geometries;
using Npgsql;
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
