using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Adapters.Ingestion;
using OpenTerritoire.Api.Access;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Api.Ingest;

/// <summary><c>/api/feeds</c>: declare feeds (the token is shown once), list them, see and replay their quarantine.</summary>
public static class FeedsEndpoints
{
    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/feeds").WithTags("Ingest");
        group.MapPost("/", CreateAsync).WithName("CreateFeed");
        group.MapGet("/", ListAsync).WithName("ListFeeds");
        group.MapGet("/{id}/quarantine", QuarantineAsync).WithName("ListFeedQuarantine");
        group.MapPost("/{id}/replay", ReplayAsync).WithName("ReplayFeed");
        return group;
    }

    private static async Task<Results<Created<FeedView>, ProblemHttpResult>> CreateAsync(
        FeedRequest request, HttpContext context, FeedStore feeds, TimeProvider time, CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, "admin");
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return ProblemMapping.ToProblem([IngestionIssues.BadRequest("/name", "\"name\" is required", "« name » est obligatoire")], context);
        }

        if (!FeedKindNames.TryParse(request.Kind, out var kind))
        {
            return ProblemMapping.ToProblem([IngestionIssues.UnknownFeedKind(request.Kind, string.Join(", ", FeedKindNames.All))], context);
        }

        JsonElement? settings = request.Settings is { ValueKind: JsonValueKind.Object } given ? given : null;
        var read = FeedSettings.Read(kind, settings);
        if (!read.IsSuccess)
        {
            return ProblemMapping.ToProblem(read.Issues, context);
        }

        var (secret, hash) = FeedToken.New();
        var feed = await feeds.AppendAsync(
            tenant.Value, new Feed(FeedId.New(), tenant.Value, request.Name, kind, settings, hash, time.GetUtcNow()),
            cancellationToken);
        return TypedResults.Created("/api/feeds/" + feed.Id, FeedView.Of(feed, secret));
    }

    private static async Task<Results<Ok<IReadOnlyList<FeedView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, FeedStore feeds, CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, "read");
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        var list = await feeds.ListAsync(tenant.Value, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<FeedView>>([.. list.Select(feed => FeedView.Of(feed))]);
    }

    private static async Task<Results<Ok<IReadOnlyList<QuarantinedMessage>>, ProblemHttpResult>> QuarantineAsync(
        string id, int? limit, HttpContext context, FeedStore feeds, RawArchiveStore archive,
        CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, "read");
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        if (!FeedId.TryParse(id, out var feedId) || await feeds.FindAsync(tenant.Value, feedId, cancellationToken) is null)
        {
            return ProblemMapping.ToProblem([IngestionIssues.FeedNotFound(id)], context);
        }

        var messages = await archive.ListByFeedAsync(
            tenant.Value, feedId, RawMessageStatus.Quarantined, Math.Clamp(limit ?? 100, 1, 1000), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<QuarantinedMessage>>([.. messages.Select(QuarantinedMessage.Of)]);
    }

    private static async Task<Results<Ok<ReplaySummary>, ProblemHttpResult>> ReplayAsync(
        string id, HttpContext context, FeedReplay replay, CancellationToken cancellationToken)
    {
        var tenant = CallerTenant.Resolve(context, "write");
        if (!tenant.IsSuccess)
        {
            return ProblemMapping.ToProblem(tenant.Issues, context);
        }

        var summary = FeedId.TryParse(id, out var feedId)
            ? await replay.ReplayAsync(tenant.Value, feedId, cancellationToken)
            : null;
        return summary is null
            ? ProblemMapping.ToProblem([IngestionIssues.FeedNotFound(id)], context)
            : TypedResults.Ok(summary);
    }
}
