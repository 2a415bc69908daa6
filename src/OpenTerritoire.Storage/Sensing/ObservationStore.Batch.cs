using Dapper;
using Npgsql;
using NpgsqlTypes;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Sensing;

public sealed partial class ObservationStore
{
    private const string CreateStagingSql = """
        CREATE TEMPORARY TABLE observation_staging (
            ordinal integer NOT NULL,
            datastream_id bigint NOT NULL,
            feature_of_interest_id bigint,
            phenomenon_time_start timestamptz NOT NULL,
            phenomenon_time_end timestamptz,
            result_time timestamptz,
            valid_time_start timestamptz,
            valid_time_end timestamptz,
            result_kind smallint NOT NULL,
            result_number double precision,
            result_boolean boolean,
            result_string text,
            result_json jsonb,
            result_quality jsonb,
            parameters jsonb
        ) ON COMMIT DROP
        """;

    private const string CopyStagingSql = """
        COPY observation_staging (
            ordinal, datastream_id, feature_of_interest_id, phenomenon_time_start, phenomenon_time_end, result_time,
            valid_time_start, valid_time_end, result_kind, result_number, result_boolean, result_string, result_json,
            result_quality, parameters)
        FROM STDIN (FORMAT BINARY)
        """;

    // Rows whose datastream or feature of interest is not the tenant's, and rows repeating an earlier row of the
    // batch (same datastream and time) under keep-first or reject, are classified before anything is written.
    private const string ClassifySql = """
        CREATE TEMPORARY TABLE observation_classified ON COMMIT DROP AS
        SELECT s.*,
               d.duplicate_policy,
               CASE
                   WHEN d.id IS NULL THEN 'unknown-datastream'
                   WHEN s.feature_of_interest_id IS NOT NULL AND f.id IS NULL THEN 'unknown-feature'
                   WHEN d.duplicate_policy <> 'replace' AND row_number() OVER (
                        PARTITION BY s.datastream_id, s.phenomenon_time_start ORDER BY s.ordinal) > 1
                       THEN 'batch-duplicate'
                   WHEN d.duplicate_policy = 'replace' AND row_number() OVER (
                        PARTITION BY s.datastream_id, s.phenomenon_time_start ORDER BY s.ordinal DESC) > 1
                       THEN 'superseded'
                   ELSE 'ok'
               END AS verdict
        FROM observation_staging s
        LEFT JOIN datastreams d ON d.id = s.datastream_id AND d.tenant_id = @TenantId
        LEFT JOIN features_of_interest f ON f.id = s.feature_of_interest_id AND f.tenant_id = @TenantId
        """;

    private const string EnsurePartitionsSql = """
        SELECT ensure_observation_partition(month)
        FROM (
            SELECT DISTINCT date_trunc('month', phenomenon_time_start AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS month
            FROM observation_classified
            WHERE verdict = 'ok'
        ) months
        """;

    private const string SelectRejectedSql = """
        SELECT c.ordinal, c.datastream_id, c.phenomenon_time_start, c.verdict
        FROM observation_classified c
        WHERE c.verdict IN ('unknown-datastream', 'unknown-feature')
           OR (c.duplicate_policy = 'reject' AND (c.verdict = 'batch-duplicate' OR (c.verdict = 'ok' AND EXISTS (
                SELECT 1
                FROM observations o
                WHERE o.datastream_id = c.datastream_id
                  AND o.phenomenon_time_start = c.phenomenon_time_start))))
        ORDER BY c.ordinal
        """;

    private const string InsertColumns = """
        tenant_id, datastream_id, feature_of_interest_id, phenomenon_time_start, phenomenon_time_end, result_time,
        valid_time_start, valid_time_end, result_kind, result_number, result_boolean, result_string, result_json,
        result_quality, parameters
        """;

    private const string SelectFromClassified = """
        SELECT @TenantId, datastream_id, feature_of_interest_id, phenomenon_time_start, phenomenon_time_end,
               result_time, valid_time_start, valid_time_end, result_kind, result_number, result_boolean,
               result_string, result_json, result_quality, parameters
        FROM observation_classified
        """;

    private const string InsertKeepingFirstSql = $"""
        INSERT INTO observations ({InsertColumns})
        {SelectFromClassified}
        WHERE verdict = 'ok'
          AND duplicate_policy IN ('keep-first', 'reject')
          AND NOT (ordinal = ANY (@RejectedOrdinals))
        ON CONFLICT (datastream_id, phenomenon_time_start) DO NOTHING
        """;

    private const string InsertReplacingSql = $"""
        INSERT INTO observations ({InsertColumns})
        {SelectFromClassified}
        WHERE verdict = 'ok'
          AND duplicate_policy = 'replace'
        ON CONFLICT (datastream_id, phenomenon_time_start) DO UPDATE
        SET feature_of_interest_id = excluded.feature_of_interest_id,
            phenomenon_time_end = excluded.phenomenon_time_end,
            result_time = excluded.result_time,
            valid_time_start = excluded.valid_time_start,
            valid_time_end = excluded.valid_time_end,
            result_kind = excluded.result_kind,
            result_number = excluded.result_number,
            result_boolean = excluded.result_boolean,
            result_string = excluded.result_string,
            result_json = excluded.result_json,
            result_quality = excluded.result_quality,
            parameters = excluded.parameters
        """;

    // xmax cannot be read from a partitioned table's RETURNING, so replacements are counted before the upsert.
    private const string CountReplacementsSql = """
        SELECT count(*)
        FROM observation_classified c
        WHERE c.verdict = 'ok'
          AND c.duplicate_policy = 'replace'
          AND EXISTS (
              SELECT 1
              FROM observations o
              WHERE o.datastream_id = c.datastream_id
                AND o.phenomenon_time_start = c.phenomenon_time_start)
        """;

    internal static async Task<ObservationBatchOutcome> AppendBatchAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, TenantId tenant,
        IReadOnlyList<NewObservation> observations, CancellationToken cancellationToken)
    {
        if (observations.Count == 0)
        {
            return new ObservationBatchOutcome(0, 0, 0, []);
        }

        await connection.ExecuteAsync(new CommandDefinition(CreateStagingSql, transaction: transaction, cancellationToken: cancellationToken));
        await CopyToStagingAsync(connection, observations, cancellationToken);
        var scope = new { TenantId = tenant.Value };
        await connection.ExecuteAsync(new CommandDefinition(ClassifySql, scope, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(EnsurePartitionsSql, transaction: transaction, cancellationToken: cancellationToken));

        var rejectedRows = (await connection.QueryAsync<RejectedRow>(new CommandDefinition(
            SelectRejectedSql, transaction: transaction, cancellationToken: cancellationToken))).ToList();
        var rejectedOrdinals = rejectedRows.Select(row => row.Ordinal).ToArray();

        var kept = await connection.ExecuteAsync(new CommandDefinition(
            InsertKeepingFirstSql, new { TenantId = tenant.Value, RejectedOrdinals = rejectedOrdinals }, transaction,
            cancellationToken: cancellationToken));
        var replaced = (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            CountReplacementsSql, transaction: transaction, cancellationToken: cancellationToken));
        var upserted = await connection.ExecuteAsync(new CommandDefinition(
            InsertReplacingSql, scope, transaction, cancellationToken: cancellationToken));

        var inserted = kept + upserted - replaced;
        var ignored = observations.Count - rejectedRows.Count - inserted - replaced;
        return new ObservationBatchOutcome(inserted, replaced, ignored, rejectedRows.Select(ToIssue).ToList());
    }

    private static async Task CopyToStagingAsync(
        NpgsqlConnection connection, IReadOnlyList<NewObservation> observations, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(CopyStagingSql, cancellationToken);
        for (var ordinal = 0; ordinal < observations.Count; ordinal++)
        {
            var observation = observations[ordinal];
            var result = observation.Result;
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(ordinal, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(observation.DatastreamId.Value, NpgsqlDbType.Bigint, cancellationToken);
            await WriteNullableAsync(importer, observation.FeatureOfInterestId?.Value, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(observation.PhenomenonTime.Start.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullableAsync(importer, observation.PhenomenonTime.End?.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullableAsync(importer, observation.ResultTime?.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullableAsync(importer, observation.ValidTime?.Start.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullableAsync(importer, observation.ValidTime?.End?.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync((short)result.Kind, NpgsqlDbType.Smallint, cancellationToken);
            await WriteNullableAsync(importer, result.Number, NpgsqlDbType.Double, cancellationToken);
            await WriteNullableAsync(importer, result.Boolean, NpgsqlDbType.Boolean, cancellationToken);
            await WriteNullableAsync(importer, result.ToStringForm(), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, result.Json?.GetRawText(), NpgsqlDbType.Jsonb, cancellationToken);
            await WriteNullableAsync(importer, JsonColumn.ToText(observation.ResultQuality), NpgsqlDbType.Jsonb, cancellationToken);
            await WriteNullableAsync(importer, JsonColumn.ToText(observation.Parameters), NpgsqlDbType.Jsonb, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync<T>(
        NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);

    private static Issue ToIssue(RejectedRow row)
    {
        var pointer = "/" + row.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return row.Verdict switch
        {
            "unknown-datastream" => StorageIssues.RelatedEntityNotFound(pointer, "Datastream"),
            "unknown-feature" => StorageIssues.RelatedEntityNotFound(pointer, "FeatureOfInterest"),
            _ => StorageIssues.DuplicateObservation(
                pointer, row.DatastreamId.ToString(System.Globalization.CultureInfo.InvariantCulture), row.PhenomenonTimeStart),
        };
    }

    private sealed class RejectedRow
    {
        public int Ordinal { get; init; }

        public long DatastreamId { get; init; }

        public DateTimeOffset PhenomenonTimeStart { get; init; }

        public string Verdict { get; init; } = string.Empty;
    }
}
