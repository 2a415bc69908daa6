using System.Globalization;
using Dapper;
using NpgsqlTypes;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;
using OpenTerritoire.Storage.Sensing;

namespace OpenTerritoire.Storage.Ingestion;

public sealed partial class IngestionWriter
{
    private const string NextIdsSql = "SELECT nextval('raw_messages_id_seq') FROM generate_series(1, @Count)";

    private const string ClaimKeysSql = """
        INSERT INTO message_keys (feed_id, natural_key, tenant_id, received_at, raw_message_id)
        SELECT * FROM unnest(@FeedIds, @Keys, @TenantIds, @ReceivedAts, @RawMessageIds)
        ON CONFLICT DO NOTHING
        RETURNING raw_message_id
        """;

    private const string EnsurePartitionsSql = """
        SELECT ensure_raw_message_partition(month)
        FROM unnest(@Months) AS month
        """;

    private const string CopyRawSql = """
        COPY raw_messages (id, tenant_id, feed_id, received_at, source, content_type, payload, natural_key, status, report)
        FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>
    /// Writes messages in one transaction: claims their natural keys (a retried key is a duplicate: archived with that
    /// status, its observations dropped), archives every message, appends the observations per tenant. Returns one
    /// receipt per message, in order. The CLI calls it directly; the hub goes through <see cref="WriteAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<IngestionReceipt>> WriteBatchAsync(
        IReadOnlyList<IngestionWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ids = (await connection.QueryAsync<long>(new CommandDefinition(
            NextIdsSql, new { writes.Count }, transaction, cancellationToken: cancellationToken))).ToArray();

        var keyed = Enumerable.Range(0, writes.Count)
            .Where(index => writes[index].Message is { FeedId: not null, NaturalKey: not null })
            .ToList();
        var claimed = (await connection.QueryAsync<long>(new CommandDefinition(
            ClaimKeysSql,
            new
            {
                FeedIds = keyed.Select(index => writes[index].Message.FeedId!.Value.Value).ToArray(),
                Keys = keyed.Select(index => writes[index].Message.NaturalKey!).ToArray(),
                TenantIds = keyed.Select(index => writes[index].Message.TenantId.Value).ToArray(),
                ReceivedAts = keyed.Select(index => writes[index].Message.ReceivedAt.UtcDateTime).ToArray(),
                RawMessageIds = keyed.Select(index => ids[index]).ToArray(),
            },
            transaction,
            cancellationToken: cancellationToken))).ToHashSet();
        var duplicate = keyed.Where(index => !claimed.Contains(ids[index])).ToHashSet();

        var months = writes.Select(write => MonthOf(write.Message.ReceivedAt)).Distinct().ToArray();
        await connection.ExecuteAsync(new CommandDefinition(
            EnsurePartitionsSql, new { Months = months }, transaction, cancellationToken: cancellationToken));
        await CopyRawMessagesAsync(connection, writes, ids, duplicate, cancellationToken);

        var rejected = new List<Issue>[writes.Count];
        foreach (var tenantGroup in Enumerable.Range(0, writes.Count)
                     .Where(index => !duplicate.Contains(index) && writes[index].Observations.Count > 0)
                     .GroupBy(index => writes[index].Message.TenantId))
        {
            await AppendObservationsAsync(connection, transaction, tenantGroup.Key, tenantGroup.ToList(), writes, rejected, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Enumerable.Range(0, writes.Count)
            .Select(index => new IngestionReceipt(
                new RawMessageId(ids[index]),
                duplicate.Contains(index),
                duplicate.Contains(index) ? 0 : writes[index].Observations.Count,
                rejected[index] ?? (IReadOnlyList<Issue>)[]))
            .ToList();
    }

    private static async Task AppendObservationsAsync(
        Npgsql.NpgsqlConnection connection, Npgsql.NpgsqlTransaction transaction, TenantId tenant, List<int> messages,
        IReadOnlyList<IngestionWrite> writes, List<Issue>[] rejected, CancellationToken cancellationToken)
    {
        var observations = new List<NewObservation>();
        var owners = new List<(int Message, int Index)>();
        foreach (var message in messages)
        {
            for (var index = 0; index < writes[message].Observations.Count; index++)
            {
                observations.Add(writes[message].Observations[index]);
                owners.Add((message, index));
            }
        }

        var outcome = await ObservationStore.AppendBatchAsync(connection, transaction, tenant, observations, cancellationToken);
        foreach (var issue in outcome.Rejected)
        {
            var (message, index) = owners[int.Parse(issue.Pointer.AsSpan(1), CultureInfo.InvariantCulture)];
            (rejected[message] ??= []).Add(issue with { Pointer = "/observations/" + index.ToString(CultureInfo.InvariantCulture) });
        }
    }

    private static async Task CopyRawMessagesAsync(
        Npgsql.NpgsqlConnection connection, IReadOnlyList<IngestionWrite> writes, long[] ids, HashSet<int> duplicate,
        CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(CopyRawSql, cancellationToken);
        for (var index = 0; index < writes.Count; index++)
        {
            var message = writes[index].Message;
            var status = duplicate.Contains(index) ? RawMessageStatus.Duplicate : message.Status;
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(ids[index], NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(message.TenantId.Value, NpgsqlDbType.Bigint, cancellationToken);
            await WriteOrNullAsync(importer, message.FeedId?.Value, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(message.ReceivedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(message.Source, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(message.ContentType, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(message.Payload.ToArray(), NpgsqlDbType.Bytea, cancellationToken);
            await WriteOrNullAsync(importer, message.NaturalKey, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(RawMessageStatusColumn.ToName(status), NpgsqlDbType.Text, cancellationToken);
            await WriteOrNullAsync(importer, JsonColumn.ToText(message.Report), NpgsqlDbType.Jsonb, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteOrNullAsync<T>(
        Npgsql.NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, type, cancellationToken);

    private static DateTime MonthOf(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new DateTime(utc.Year, utc.Month, 1, 0, 0, 0, DateTimeKind.Utc);
    }
}
