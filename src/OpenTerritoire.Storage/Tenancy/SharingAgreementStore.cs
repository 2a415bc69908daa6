using Dapper;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Catalog;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Tenancy;

/// <summary>
/// Sharing agreements: what a provider tenant lets a consumer tenant read. Queries of every face widen their tenant
/// scope with <see cref="ListSharedDatastreamIdsAsync"/>, or in SQL with <c>datastreams_shared_with(tenant, day)</c>.
/// </summary>
public sealed class SharingAgreementStore(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        id, provider_tenant_id, consumer_tenant_id, datastream_ids, dataset_ids, purpose, starts_on, ends_on,
        created_at, created_by
        """;

    private const string SelectForeignDatastreamsSql = """
        SELECT requested.id
        FROM unnest(@Ids) AS requested (id)
        WHERE NOT EXISTS (SELECT 1 FROM datastreams d WHERE d.tenant_id = @TenantId AND d.id = requested.id)
        """;

    private const string SelectForeignDatasetsSql = """
        SELECT requested.id
        FROM unnest(@Ids) AS requested (id)
        WHERE NOT EXISTS (SELECT 1 FROM datasets s WHERE s.tenant_id = @TenantId AND s.id = requested.id)
        """;

    private const string InsertSql = $"""
        INSERT INTO sharing_agreements
            (provider_tenant_id, consumer_tenant_id, datastream_ids, dataset_ids, purpose, starts_on, ends_on, created_by)
        VALUES (@TenantId, @ConsumerId, @DatastreamIds, @DatasetIds, @Purpose, @StartsOn::date, @EndsOn::date, @CreatedBy)
        RETURNING {Columns}
        """;

    private const string SelectAllSql = $"""
        SELECT {Columns}
        FROM sharing_agreements
        WHERE provider_tenant_id = @TenantId
           OR consumer_tenant_id = @TenantId
        ORDER BY created_at DESC, id DESC
        """;

    private const string SelectSharedSql = """
        SELECT datastream_id
        FROM datastreams_shared_with(@TenantId, @Day::date)
        ORDER BY datastream_id
        """;

    /// <summary>
    /// Stores an agreement of the provider <paramref name="tenant"/>. Every datastream and dataset named must be the
    /// provider's: <c>tenancy.not-owned-by-provider</c> otherwise, pointing at the offending entry.
    /// </summary>
    public async Task<Result<SharingAgreement>> AppendAsync(
        TenantId tenant, SharingAgreement agreement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        TenantGuard.EnsureSame(tenant, agreement.ProviderId);
        var datastreamIds = agreement.DatastreamIds.Select(id => id.Value).ToArray();
        var datasetIds = agreement.DatasetIds.Select(id => id.Value).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var foreignDatastreams = await connection.QueryAsync<long>(new CommandDefinition(
            SelectForeignDatastreamsSql, new { TenantId = tenant.Value, Ids = datastreamIds }, cancellationToken: cancellationToken));
        var foreignDatasets = await connection.QueryAsync<long>(new CommandDefinition(
            SelectForeignDatasetsSql, new { TenantId = tenant.Value, Ids = datasetIds }, cancellationToken: cancellationToken));
        var issues = foreignDatastreams.Select(id => TenancyIssues.NotOwnedByProvider($"/datastreamIds/{Array.IndexOf(datastreamIds, id)}", id))
            .Concat(foreignDatasets.Select(id => TenancyIssues.NotOwnedByProvider($"/datasetIds/{Array.IndexOf(datasetIds, id)}", id)))
            .ToList();
        if (issues.Count > 0)
        {
            return Result.Failure<SharingAgreement>(issues);
        }

        var row = await connection.QuerySingleAsync<AgreementRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                ConsumerId = agreement.ConsumerId.Value,
                DatastreamIds = datastreamIds,
                DatasetIds = datasetIds,
                agreement.Purpose,
                StartsOn = agreement.StartsOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                EndsOn = agreement.EndsOn?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                agreement.CreatedBy,
            },
            cancellationToken: cancellationToken));
        return Result.Success(row.ToAgreement());
    }

    /// <summary>The agreements where the tenant is provider or consumer, newest first.</summary>
    public async Task<IReadOnlyList<SharingAgreement>> ListAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AgreementRow>(new CommandDefinition(
            SelectAllSql, new { TenantId = tenant.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToAgreement()).ToList();
    }

    /// <summary>The other tenants' datastreams the tenant may read on that day under agreements in force.</summary>
    public async Task<IReadOnlyList<DatastreamId>> ListSharedDatastreamIdsAsync(
        TenantId tenant, DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ids = await connection.QueryAsync<long>(new CommandDefinition(
            SelectSharedSql,
            new { TenantId = tenant.Value, Day = day.ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
            cancellationToken: cancellationToken));
        return ids.Select(id => new DatastreamId(id)).ToList();
    }

    private sealed class AgreementRow
    {
        public long Id { get; init; }

        public long ProviderTenantId { get; init; }

        public long ConsumerTenantId { get; init; }

        public long[] DatastreamIds { get; init; } = [];

        public long[] DatasetIds { get; init; } = [];

        public string Purpose { get; init; } = string.Empty;

        public DateTime StartsOn { get; init; }

        public DateTime? EndsOn { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public string CreatedBy { get; init; } = string.Empty;

        public SharingAgreement ToAgreement() => new(
            new SharingAgreementId(Id),
            new TenantId(ProviderTenantId),
            new TenantId(ConsumerTenantId),
            DatastreamIds.Select(id => new DatastreamId(id)).ToList(),
            DatasetIds.Select(id => new DatasetId(id)).ToList(),
            Purpose,
            DateOnly.FromDateTime(StartsOn),
            EndsOn is { } end ? DateOnly.FromDateTime(end) : null,
            CreatedAt,
            CreatedBy);
    }
}
