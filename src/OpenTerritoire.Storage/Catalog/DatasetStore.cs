using Dapper;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Catalog;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Catalog;

/// <summary>Datasets of a tenant.</summary>
public sealed class DatasetStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, tenant_id, slug, title, description, license, publication, created_at, updated_at";

    private const string InsertSql = $"""
        INSERT INTO datasets (tenant_id, slug, title, description, license, publication)
        VALUES (@TenantId, @Slug, @Title, @Description, @License, @Publication)
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM datasets
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectAllSql = $"""
        SELECT {Columns}
        FROM datasets
        WHERE tenant_id = @TenantId
        ORDER BY id
        """;

    // Both must be the tenant's own: the SELECT yields no row otherwise.
    private const string LinkDatastreamSql = """
        WITH pair AS (
            SELECT d.id AS dataset_id, s.id AS datastream_id, d.tenant_id
            FROM datasets d
            JOIN datastreams s ON s.tenant_id = d.tenant_id
            WHERE d.tenant_id = @TenantId
              AND d.id = @DatasetId
              AND s.id = @DatastreamId
        ), inserted AS (
            INSERT INTO datasets_datastreams (dataset_id, datastream_id, tenant_id)
            SELECT dataset_id, datastream_id, tenant_id
            FROM pair
            ON CONFLICT DO NOTHING
        )
        SELECT count(*)
        FROM pair
        """;

    private const string SelectDatastreamIdsSql = """
        SELECT datastream_id
        FROM datasets_datastreams
        WHERE tenant_id = @TenantId
          AND dataset_id = @DatasetId
        ORDER BY datastream_id
        """;

    /// <summary>Stores a new dataset; id and times are assigned by the database (the ones given are ignored).</summary>
    public async Task<Dataset> AppendAsync(TenantId tenant, Dataset dataset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        TenantGuard.EnsureSame(tenant, dataset.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<DatasetRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                dataset.Slug,
                dataset.Title,
                dataset.Description,
                dataset.License,
                Publication = PublicationStateNames.ToName(dataset.Publication),
            },
            cancellationToken: cancellationToken));
        return row.ToDataset();
    }

    public async Task<Dataset?> FindAsync(TenantId tenant, DatasetId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<DatasetRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToDataset();
    }

    public async Task<IReadOnlyList<Dataset>> ListAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DatasetRow>(new CommandDefinition(
            SelectAllSql, new { TenantId = tenant.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToDataset()).ToList();
    }

    /// <summary>Adds a Datastream to a dataset of the same tenant; false when either is not the tenant's.</summary>
    public async Task<bool> LinkDatastreamAsync(
        TenantId tenant, DatasetId dataset, DatastreamId datastream, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            LinkDatastreamSql,
            new { TenantId = tenant.Value, DatasetId = dataset.Value, DatastreamId = datastream.Value },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>The Datastreams a dataset is made of.</summary>
    public async Task<IReadOnlyList<DatastreamId>> ListDatastreamsAsync(
        TenantId tenant, DatasetId dataset, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ids = await connection.QueryAsync<long>(new CommandDefinition(
            SelectDatastreamIdsSql, new { TenantId = tenant.Value, DatasetId = dataset.Value }, cancellationToken: cancellationToken));
        return ids.Select(id => new DatastreamId(id)).ToList();
    }

    private sealed class DatasetRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public string Slug { get; init; } = string.Empty;

        public string Title { get; init; } = string.Empty;

        public string Description { get; init; } = string.Empty;

        public string License { get; init; } = string.Empty;

        public string Publication { get; init; } = string.Empty;

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public Dataset ToDataset() => new(
            new DatasetId(Id), new TenantId(TenantId), Slug, Title, Description, License,
            PublicationColumn.Parse(Publication), CreatedAt, UpdatedAt);
    }
}
