using Microsoft.Extensions.Options;
using OpenTerritoire.Adapters.Ingestion;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Schemas;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary>
/// Receives one message or file for a feed: finds the feed, checks its token, bounds the body, runs the pipeline and
/// waits until the message (and its observations) are committed. Bad input is archived, then answered with its 4xx.
/// </summary>
public sealed class FeedIngestion(
    FeedStore feeds, IngestionPipeline pipeline, IngestionWriter writer, DocumentValidator validator,
    IOptions<IngestOptions> options, TimeProvider time, ILogger<FeedIngestion> logger)
{
    /// <summary>A webhook message (TTS, ChirpStack, vendor JSON).</summary>
    public async Task<Result<IngestReceipt>> ReceiveAsync(
        string feedId, string? authorization, Stream body, string? contentType, string? eventType,
        CancellationToken cancellationToken)
    {
        var feed = await AuthenticateAsync(feedId, authorization, cancellationToken);
        if (!feed.IsSuccess)
        {
            return Result.Failure<IngestReceipt>(feed.Issues);
        }

        var receivedAt = time.GetUtcNow();
        var (bytes, tooLarge) = await ReadBoundedAsync(body, cancellationToken);
        var input = new IngestionInput(bytes, contentType ?? string.Empty, eventType, receivedAt, "webhook");
        if (tooLarge)
        {
            return await ArchiveRejectedAsync(feed.Value, input, IngestionIssues.TooLarge(options.Value.MaxBodyBytes), cancellationToken);
        }

        var outcome = await pipeline.RunAsync(feed.Value, input, cancellationToken);
        var written = await writer.WriteAsync(
            feed.Value.TenantId, new IngestionWrite(outcome.Message, outcome.Observations), cancellationToken);
        if (!written.IsSuccess)
        {
            return Result.Failure<IngestReceipt>(written.Issues);
        }

        Log(feed.Value, outcome, written.Value);
        return outcome.Rejected
            ? Result.Failure<IngestReceipt>(outcome.Rejection)
            : Result.Success(ReceiptOf(written.Value, outcome.Message.Status, outcome.Message.Report));
    }

    /// <summary>
    /// An operator's file for a csv feed: archived whole, validated against the feed's Table Schema; a file that
    /// does not conform is quarantined with its report.
    /// </summary>
    public async Task<Result<IngestReceipt>> ReceiveFileAsync(
        string feedId, string? authorization, Stream body, string? contentType, CancellationToken cancellationToken)
    {
        var feed = await AuthenticateAsync(feedId, authorization, cancellationToken);
        if (!feed.IsSuccess)
        {
            return Result.Failure<IngestReceipt>(feed.Issues);
        }

        if (feed.Value.Kind != FeedKind.Csv)
        {
            return Result.Failure<IngestReceipt>(IngestionIssues.NotTabular(FeedKindNames.ToName(feed.Value.Kind)));
        }

        var (bytes, tooLarge) = await ReadBoundedAsync(body, cancellationToken);
        var input = new IngestionInput(bytes, contentType ?? "text/csv", null, time.GetUtcNow(), "file");
        if (tooLarge)
        {
            return await ArchiveRejectedAsync(feed.Value, input, IngestionIssues.TooLarge(options.Value.MaxBodyBytes), cancellationToken);
        }

        var settings = FeedSettings.Read(feed.Value.Kind, feed.Value.Settings);
        if (!settings.IsSuccess)
        {
            return await ArchiveRejectedAsync(feed.Value, input, settings.Issues[0], cancellationToken);
        }

        using var content = new MemoryStream(bytes.ToArray(), writable: false);
        var report = await validator.ValidateAsync(
            settings.Value.TableSchema!, content, MediaType.Csv, cancellationToken); // csv feeds always name one
        var status = report.Valid ? RawMessageStatus.Accepted : RawMessageStatus.Quarantined;
        var reportJson = ValidationReportJson.ToElement(report);
        var message = new RawMessage(
            default, feed.Value.TenantId, feed.Value.Id, input.ReceivedAt, input.Source, input.ContentType, bytes, null,
            status, reportJson);
        var written = await writer.WriteAsync(feed.Value.TenantId, new IngestionWrite(message, []), cancellationToken);
        return written.IsSuccess
            ? Result.Success(ReceiptOf(written.Value, status, reportJson))
            : Result.Failure<IngestReceipt>(written.Issues);
    }

    private void Log(Feed feed, IngestionOutcome outcome, IngestionReceipt receipt)
    {
        var feedId = feed.Id.ToString();
        if (outcome.Rejected)
        {
            ApiLog.IngestMessageRejected(logger, feedId, feed.TenantId.Value, outcome.Rejection[0].Code);
        }
        else if (outcome.Quarantine.Count > 0 && !receipt.Duplicate)
        {
            ApiLog.IngestMessageQuarantined(
                logger, feedId, feed.TenantId.Value, receipt.RawMessageId.Value, outcome.Quarantine.Count,
                outcome.Quarantine[0].Code);
        }
        else
        {
            ApiLog.IngestMessageStored(logger, feedId, feed.TenantId.Value, receipt.RawMessageId.Value, receipt.Observations);
        }
    }

    private async Task<Result<Feed>> AuthenticateAsync(string feedId, string? authorization, CancellationToken cancellationToken)
    {
        var feed = FeedId.TryParse(feedId, out var id) ? await feeds.FindForIngestionAsync(id, cancellationToken) : null;
        if (feed is null)
        {
            return Result.Failure<Feed>(IngestionIssues.UnknownFeed(feedId));
        }

        // A body from a caller without the feed's token is not archived: anyone could otherwise fill the archive.
        return FeedToken.Matches(authorization, feed.TokenHash)
            ? Result.Success(feed)
            : Result.Failure<Feed>(IngestionIssues.WrongToken());
    }

    private async Task<Result<IngestReceipt>> ArchiveRejectedAsync(
        Feed feed, IngestionInput input, Issue issue, CancellationToken cancellationToken)
    {
        var message = new RawMessage(
            default, feed.TenantId, feed.Id, input.ReceivedAt, input.Source, input.ContentType, input.Body, null,
            RawMessageStatus.Quarantined, QuarantineReport.ToElement([issue], []));
        var written = await writer.WriteAsync(feed.TenantId, new IngestionWrite(message, []), cancellationToken);
        return Result.Failure<IngestReceipt>(written.IsSuccess ? [issue] : written.Issues);
    }

    // Reads at most the limit; an oversized body keeps its first MaxBodyBytes for the archive.
    private async Task<(ReadOnlyMemory<byte> Bytes, bool TooLarge)> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxBodyBytes;
        using var memory = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var room = (int)Math.Min(read, limit - memory.Length);
            memory.Write(buffer, 0, Math.Max(room, 0));
            if (room < read)
            {
                return (memory.ToArray(), true);
            }
        }

        return (memory.ToArray(), false);
    }

    private static IngestReceipt ReceiptOf(IngestionReceipt receipt, RawMessageStatus status, System.Text.Json.JsonElement? report) =>
        new(
            receipt.RawMessageId.Value,
            (receipt.Duplicate ? RawMessageStatus.Duplicate : status).ToString().ToLowerInvariant(),
            receipt.Observations,
            receipt.Duplicate ? null : report);
}
