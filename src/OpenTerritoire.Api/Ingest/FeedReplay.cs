using OpenTerritoire.Adapters.Ingestion;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary>
/// Runs a feed's quarantined messages through the pipeline again, after a DSI registered the device or fixed the
/// model; each message gets its new status and report, and its observations, in one transaction.
/// </summary>
public sealed class FeedReplay(FeedStore feeds, RawArchiveStore archive, IngestionPipeline pipeline, IngestionWriter writer)
{
    /// <summary>Most messages one replay takes, oldest last; run it again for more.</summary>
    public const int MaxMessages = 1000;

    public async Task<ReplaySummary?> ReplayAsync(TenantId tenant, FeedId id, CancellationToken cancellationToken)
    {
        var feed = await feeds.FindAsync(tenant, id, cancellationToken);
        if (feed is null)
        {
            return null;
        }

        var quarantined = await archive.ListByFeedAsync(tenant, id, RawMessageStatus.Quarantined, MaxMessages, cancellationToken);
        var replays = new List<IngestionReplay>();
        foreach (var message in quarantined)
        {
            // Only uplinks are quarantined from ChirpStack; its event type lives in the URL, not the archived body.
            var eventType = feed.Kind == FeedKind.ChirpStackV4 ? "up" : null;
            var outcome = await pipeline.RunAsync(
                feed,
                new IngestionInput(message.Payload, message.ContentType, eventType, message.ReceivedAt, message.Source),
                cancellationToken);
            replays.Add(new IngestionReplay(message, outcome.Message.Status, outcome.Message.Report, outcome.Observations));
        }

        var observations = await writer.ReplayAsync(tenant, replays, cancellationToken);
        var accepted = replays.Count(replay => replay.Status != RawMessageStatus.Quarantined);
        return new ReplaySummary(replays.Count, accepted, replays.Count - accepted, observations);
    }
}
