using System.Text.Json;
using Dapper;
using Npgsql;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>The raw archive: every received payload, as bytes, whatever became of it.</summary>
public sealed class RawArchiveStore(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        id, tenant_id, feed_id, received_at, source, content_type, payload, natural_key, status,
        report::text AS report
        """;

    private const string EnsurePartitionSql = "SELECT ensure_raw_message_partition(@ReceivedAt)";

    private const string InsertSql = $"""
        INSERT INTO raw_messages (tenant_id, feed_id, received_at, source, content_type, payload, natural_key, status, report)
        VALUES (@TenantId, @FeedId, @ReceivedAt, @Source, @ContentType, @Payload, @NaturalKey, @Status, @Report::jsonb)
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM raw_messages
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectByFeedSql = $"""
        SELECT {Columns}
        FROM raw_messages
        WHERE tenant_id = @TenantId
          AND feed_id = @FeedId
          AND (@Status::text IS NULL OR status = @Status)
        ORDER BY received_at DESC, id DESC
        LIMIT @Limit
        """;

    private const string UpdateStatusSql = """
        UPDATE raw_messages
        SET status = @Status,
            report = @Report::jsonb
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    /// <summary>Archives a message; the id is assigned by the database (the one given is ignored).</summary>
    public async Task<RawMessage> AppendAsync(TenantId tenant, RawMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        TenantGuard.EnsureSame(tenant, message.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            EnsurePartitionSql, new { message.ReceivedAt }, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<RawMessageRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                FeedId = message.FeedId?.Value,
                message.ReceivedAt,
                message.Source,
                message.ContentType,
                Payload = message.Payload.ToArray(),
                message.NaturalKey,
                Status = RawMessageStatusColumn.ToName(message.Status),
                Report = JsonColumn.ToText(message.Report),
            },
            cancellationToken: cancellationToken));
        return row.ToRawMessage();
    }

    public async Task<RawMessage?> FindAsync(TenantId tenant, RawMessageId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RawMessageRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToRawMessage();
    }

    /// <summary>A feed's latest messages, newest first, optionally only those in one status.</summary>
    public async Task<IReadOnlyList<RawMessage>> ListByFeedAsync(
        TenantId tenant, FeedId feed, RawMessageStatus? status, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RawMessageRow>(new CommandDefinition(
            SelectByFeedSql,
            new
            {
                TenantId = tenant.Value,
                FeedId = feed.Value,
                Status = status is { } known ? RawMessageStatusColumn.ToName(known) : null,
                Limit = limit,
            },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToRawMessage()).ToList();
    }

    /// <summary>Records what became of a message (accepted, quarantined with its report…).</summary>
    public async Task<bool> UpdateStatusAsync(
        TenantId tenant, RawMessageId id, RawMessageStatus status, JsonElement? report,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            UpdateStatusSql,
            new
            {
                TenantId = tenant.Value,
                Id = id.Value,
                Status = RawMessageStatusColumn.ToName(status),
                Report = JsonColumn.ToText(report),
            },
            cancellationToken: cancellationToken)) > 0;
    }

    private sealed class RawMessageRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public Guid? FeedId { get; init; }

        public DateTimeOffset ReceivedAt { get; init; }

        public string Source { get; init; } = string.Empty;

        public string ContentType { get; init; } = string.Empty;

        public byte[] Payload { get; init; } = [];

        public string? NaturalKey { get; init; }

        public string Status { get; init; } = string.Empty;

        public string? Report { get; init; }

        public RawMessage ToRawMessage() => new(
            new RawMessageId(Id),
            new TenantId(TenantId),
            FeedId is { } feed ? new FeedId(feed) : null,
            ReceivedAt,
            Source,
            ContentType,
            Payload,
            NaturalKey,
            RawMessageStatusColumn.Parse(Status),
            JsonColumn.FromText(Report));
    }
}
