using Dapper;
using Npgsql;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Sensing;

/// <summary>ObservedProperties of a tenant.</summary>
public sealed class ObservedPropertyStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, tenant_id, name, definition, description, properties::text AS properties";

    private const string InsertSql = $"""
        INSERT INTO observed_properties (tenant_id, name, definition, description, properties)
        VALUES (@TenantId, @Name, @Definition, @Description, @Properties::jsonb)
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM observed_properties
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectByDefinitionSql = $"""
        SELECT {Columns}
        FROM observed_properties
        WHERE tenant_id = @TenantId
          AND definition = @Definition
        ORDER BY id
        LIMIT 1
        """;

    /// <summary>Stores a new ObservedProperty; the id is assigned by the database (the one given is ignored).</summary>
    public async Task<ObservedProperty> AppendAsync(
        TenantId tenant, ObservedProperty property, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(property);
        TenantGuard.EnsureSame(tenant, property.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<ObservedPropertyRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                property.Name,
                property.Definition,
                property.Description,
                Properties = JsonColumn.ToText(property.Properties),
            },
            cancellationToken: cancellationToken));
        return row.ToObservedProperty();
    }

    public async Task<ObservedProperty?> FindAsync(
        TenantId tenant, ObservedPropertyId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ObservedPropertyRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToObservedProperty();
    }

    /// <summary>The tenant's property with this definition URI, so ingestion reuses one per concept.</summary>
    public async Task<ObservedProperty?> FindByDefinitionAsync(
        TenantId tenant, string definition, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ObservedPropertyRow>(new CommandDefinition(
            SelectByDefinitionSql, new { TenantId = tenant.Value, Definition = definition },
            cancellationToken: cancellationToken));
        return row?.ToObservedProperty();
    }

    private sealed class ObservedPropertyRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public string Name { get; init; } = string.Empty;

        public string Definition { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public string? Properties { get; init; }

        public ObservedProperty ToObservedProperty() => new(
            new ObservedPropertyId(Id), new TenantId(TenantId), Name, Definition, Description,
            JsonColumn.FromText(Properties));
    }
}
