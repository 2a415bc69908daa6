using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Problems;

namespace OpenTerritoire.Api.Ingest;

/// <summary>
/// The ingestion face: <c>/ingest/{feedId}</c> for webhooks and <c>/ingest/{feedId}/files</c> for operator files,
/// authenticated by the feed's own token; and the management of feeds, codecs and devices under <c>/api</c>.
/// </summary>
public static class IngestEndpoints
{
    public static RouteGroupBuilder MapIngest(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // The handlers read at most Ingest:MaxBodyBytes and archive what they read before answering 413, so the
        // host's general body limit must not cut the request first.
        var group = endpoints.MapGroup("/ingest").WithTags("Ingest")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute());
        group.MapPost("/{feedId}", ReceiveAsync).WithName("IngestMessage");
        group.MapPost("/{feedId}/files", ReceiveFileAsync).WithName("IngestFile");
        endpoints.MapFeeds();
        endpoints.MapCodecs();
        endpoints.MapDevices();
        return group;
    }

    private static async Task<Results<Accepted<IngestReceipt>, ProblemHttpResult>> ReceiveAsync(
        string feedId, HttpContext context, FeedIngestion ingestion, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var result = await ingestion.ReceiveAsync(
            feedId, request.Headers.Authorization, request.Body, request.ContentType, request.Query["event"],
            cancellationToken);
        return result.IsSuccess
            ? TypedResults.Accepted((string?)null, result.Value)
            : ProblemMapping.ToProblem(result.Issues, context);
    }

    private static async Task<Results<Accepted<IngestReceipt>, ProblemHttpResult>> ReceiveFileAsync(
        string feedId, HttpContext context, FeedIngestion ingestion, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var result = await ingestion.ReceiveFileAsync(
            feedId, request.Headers.Authorization, request.Body, request.ContentType, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Accepted((string?)null, result.Value)
            : ProblemMapping.ToProblem(result.Issues, context);
    }
}
