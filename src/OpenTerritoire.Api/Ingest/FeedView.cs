using System.Text.Json;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary>A feed as the API shows it; <see cref="Token"/> only in the answer that created it.</summary>
public sealed record FeedView(
    string Id, string Name, string Kind, JsonElement? Settings, DateTimeOffset CreatedAt, string IngestPath, string? Token)
{
    public static FeedView Of(Feed feed, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return new(
            feed.Id.ToString(), feed.Name, FeedKindNames.ToName(feed.Kind), feed.Settings, feed.CreatedAt,
            "/ingest/" + feed.Id, token);
    }
}
