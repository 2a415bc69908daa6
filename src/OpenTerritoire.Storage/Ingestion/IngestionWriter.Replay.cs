using Dapper;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;
using OpenTerritoire.Storage.Sensing;

namespace OpenTerritoire.Storage.Ingestion;

public sealed partial class IngestionWriter
{
    private const string UpdateReplayedSql = """
        UPDATE raw_messages
        SET status = @Status,
            report = @Report::jsonb
        WHERE tenant_id = @TenantId
          AND id = @Id
          AND received_at = @ReceivedAt
        """;

    /// <summary>
    /// Records the outcome of replayed messages in one transaction: each archived message gets its new status and
    /// report, and the observations it now yields are appended (a second replay adds nothing under keep-first).
    /// </summary>
    /// <returns>The number of observations handed to the store.</returns>
    public async Task<int> ReplayAsync(
        TenantId tenant, IReadOnlyList<IngestionReplay> replays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replays);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var replay in replays)
        {
            TenantGuard.EnsureSame(tenant, replay.Message.TenantId);
            await connection.ExecuteAsync(new CommandDefinition(
                UpdateReplayedSql,
                new
                {
                    TenantId = tenant.Value,
                    Id = replay.Message.Id.Value,
                    replay.Message.ReceivedAt,
                    Status = RawMessageStatusColumn.ToName(replay.Status),
                    Report = JsonColumn.ToText(replay.Report),
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        var observations = replays.SelectMany(replay => replay.Observations).ToList();
        if (observations.Count > 0)
        {
            await ObservationStore.AppendBatchAsync(connection, transaction, tenant, observations, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return observations.Count;
    }
}
