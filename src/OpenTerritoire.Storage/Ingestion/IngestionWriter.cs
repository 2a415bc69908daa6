using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>
/// Writes received messages and their observations in batches: each caller waits until the transaction holding its
/// message has committed, so an acknowledged message is never lost, while many concurrent messages share one commit.
/// A full queue or a database outage is an "unavailable" failure (503 with Retry-After), never a silent drop.
/// </summary>
public sealed partial class IngestionWriter(
    NpgsqlDataSource dataSource, IOptions<IngestionWriterOptions> options, ILogger<IngestionWriter> logger)
{
    private readonly Channel<PendingWrite> queue = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });

    /// <summary>Queues a message and waits for its commit.</summary>
    /// <returns>The receipt, or <c>store.unavailable</c> when the queue is full or the database failed.</returns>
    public async Task<Result<IngestionReceipt>> WriteAsync(
        TenantId tenant, IngestionWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        TenantGuard.EnsureSame(tenant, write.Message.TenantId);
        var pending = new PendingWrite(write);
        if (!queue.Writer.TryWrite(pending))
        {
            return Result.Failure<IngestionReceipt>(StorageIssues.Unavailable("the write queue is full"));
        }

        // The message is queued: it will be committed or failed even if this caller goes away.
        return await pending.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The number of messages waiting to be written.</summary>
    public int QueueLength => queue.Reader.Count;

    /// <summary>Runs the write loop until <paramref name="cancellationToken"/> fires, then drains what is queued.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var batch = new List<PendingWrite>(options.Value.MaxBatchSize);
        try
        {
            while (await queue.Reader.WaitToReadAsync(cancellationToken))
            {
                await DrainAsync(batch, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: commit what callers are already waiting for.
            queue.Writer.TryComplete();
            await DrainAsync(batch, CancellationToken.None);
        }
    }

    private async Task DrainAsync(List<PendingWrite> batch, CancellationToken cancellationToken)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < options.Value.MaxBatchSize && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count == 0)
            {
                return;
            }

            await CommitAsync(batch, cancellationToken);
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch, CancellationToken cancellationToken)
    {
        IReadOnlyList<IngestionReceipt> receipts;
        try
        {
            receipts = await WriteBatchAsync(batch.Select(pending => pending.Write).ToList(), cancellationToken);
        }
        catch (Exception exception) when (StorageFailure.IsTransient(exception))
        {
            StorageLog.IngestionBatchFailed(logger, batch.Count, exception.GetType().Name);
            var failure = Result.Failure<IngestionReceipt>(StorageIssues.Unavailable("the database is not answering"));
            batch.ForEach(pending => pending.Completion.TrySetResult(failure));
            return;
        }
        catch (Exception exception)
        {
            batch.ForEach(pending => pending.Completion.TrySetException(exception));
            return;
        }

        for (var index = 0; index < batch.Count; index++)
        {
            batch[index].Completion.TrySetResult(Result.Success(receipts[index]));
        }

        StorageLog.IngestionBatchCommitted(logger, batch.Count);
    }

    private sealed class PendingWrite(IngestionWrite write)
    {
        public IngestionWrite Write { get; } = write;

        public TaskCompletionSource<Result<IngestionReceipt>> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
