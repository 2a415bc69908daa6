using System.Globalization;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Sensing;

/// <summary>
/// Observations of a tenant's Datastreams. Batches go through binary COPY into a staging table, then one INSERT per
/// duplicate policy, so a retried batch is harmless and the datastream decides what a second value does.
/// </summary>
public sealed partial class ObservationStore(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        id, tenant_id, datastream_id, feature_of_interest_id, phenomenon_time_start, phenomenon_time_end,
        result_time, valid_time_start, valid_time_end, result_kind, result_number, result_boolean, result_string,
        result_json::text AS result_json, result_quality::text AS result_quality, parameters::text AS parameters
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM observations
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectByDatastreamSql = $"""
        SELECT {Columns}
        FROM observations
        WHERE tenant_id = @TenantId
          AND datastream_id = @DatastreamId
          AND phenomenon_time_start >= @From
          AND phenomenon_time_start < @To
        ORDER BY phenomenon_time_start, id
        LIMIT @Limit
        """;

    private const string DeleteSql = """
        DELETE FROM observations
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    /// <summary>Appends one observation under its datastream's duplicate policy.</summary>
    /// <returns>
    /// The stored observation: the new one, the replaced one, or under keep-first the one already there;
    /// <c>store.related-not-found</c> for a datastream or feature that is not the tenant's;
    /// <c>store.duplicate-observation</c> under the reject policy.
    /// </returns>
    public async Task<Result<Observation>> AppendAsync(
        TenantId tenant, NewObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var outcome = await AppendBatchAsync(tenant, [observation], cancellationToken);
        if (outcome.Rejected.Count > 0)
        {
            return Result.Failure<Observation>(outcome.Rejected.Select(issue => issue with { Pointer = "/" }));
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<ObservationRow>(new CommandDefinition(
            $"""
            SELECT {Columns}
            FROM observations
            WHERE tenant_id = @TenantId
              AND datastream_id = @DatastreamId
              AND phenomenon_time_start = @Start
            """,
            new
            {
                TenantId = tenant.Value,
                DatastreamId = observation.DatastreamId.Value,
                observation.PhenomenonTime.Start,
            },
            cancellationToken: cancellationToken));
        return Result.Success(row.ToObservation());
    }

    /// <summary>Appends a batch in one transaction; refused rows are reported, the others stored.</summary>
    public async Task<ObservationBatchOutcome> AppendBatchAsync(
        TenantId tenant, IReadOnlyList<NewObservation> observations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observations);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var outcome = await AppendBatchAsync(connection, transaction, tenant, observations, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    public async Task<Observation?> FindAsync(TenantId tenant, ObservationId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ObservationRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToObservation();
    }

    /// <summary>A datastream's observations with phenomenon time in [from, to), oldest first.</summary>
    public async Task<IReadOnlyList<Observation>> ListAsync(
        TenantId tenant, DatastreamId datastream, DateTimeOffset from, DateTimeOffset to, int limit,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ObservationRow>(new CommandDefinition(
            SelectByDatastreamSql,
            new { TenantId = tenant.Value, DatastreamId = datastream.Value, From = from, To = to, Limit = limit },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToObservation()).ToList();
    }

    public async Task<bool> DeleteAsync(TenantId tenant, ObservationId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            DeleteSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken)) > 0;
    }

    private sealed class ObservationRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public long DatastreamId { get; init; }

        public long? FeatureOfInterestId { get; init; }

        public DateTimeOffset PhenomenonTimeStart { get; init; }

        public DateTimeOffset? PhenomenonTimeEnd { get; init; }

        public DateTimeOffset? ResultTime { get; init; }

        public DateTimeOffset? ValidTimeStart { get; init; }

        public DateTimeOffset? ValidTimeEnd { get; init; }

        public short ResultKind { get; init; }

        public double? ResultNumber { get; init; }

        public bool? ResultBoolean { get; init; }

        public string? ResultString { get; init; }

        public string? ResultJson { get; init; }

        public string? ResultQuality { get; init; }

        public string? Parameters { get; init; }

        public Observation ToObservation() => new(
            new ObservationId(Id),
            new TenantId(TenantId),
            new DatastreamId(DatastreamId),
            FeatureOfInterestId is { } foi ? new FeatureOfInterestId(foi) : null,
            new TimeInterval(PhenomenonTimeStart, PhenomenonTimeEnd),
            ResultTime,
            ValidTimeStart is { } validStart ? new TimeInterval(validStart, ValidTimeEnd) : null,
            ToResult(),
            JsonColumn.FromText(ResultQuality),
            JsonColumn.FromText(Parameters));

        private ObservationResult ToResult() => (ObservationResultKind)ResultKind switch
        {
            ObservationResultKind.Number => ObservationResult.FromNumber(ResultNumber!.Value),
            ObservationResultKind.Boolean => ObservationResult.FromBoolean(ResultBoolean!.Value),
            ObservationResultKind.Text => ObservationResult.FromText(ResultString!),
            ObservationResultKind.Json => ObservationResult.FromJson(JsonColumn.FromText(ResultJson)!.Value),
            _ => ObservationResult.Null,
        };
    }
}
