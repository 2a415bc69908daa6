using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using OpenTerritoire.Api.Problems;

namespace OpenTerritoire.Api.Protection;

/// <summary>
/// Refuses bodies over <see cref="ProtectionOptions.MaxRequestBodyBytes"/> with 413 problem+json: at once when
/// Content-Length says so, and while reading a chunked body (by Kestrel's own limit, or by
/// <see cref="LengthLimitedStream"/> on servers without one). A handler that swallowed the failure and left a bare
/// 413 still gets the problem body.
/// </summary>
internal static class RequestBodyLimit
{
    public static async Task EnforceAsync(HttpContext context, Func<Task> next)
    {
        var maximum = context.RequestServices.GetRequiredService<IOptions<ProtectionOptions>>().Value.MaxRequestBodyBytes;

        // An endpoint that declares its own limit (validation of large files; ingestion, which reads up to its own
        // limit and archives what it read) keeps it; routing has already applied it to the server's feature.
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } declared)
        {
            if (declared.MaxRequestBodySize is not { } endpointMaximum)
            {
                await next();
                return;
            }

            maximum = endpointMaximum;
        }

        if (context.Request.ContentLength > maximum)
        {
            await ProblemMapping.ToProblem([ProtectionIssues.BodyTooLarge(maximum)], context).ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maximum;
        }
        else
        {
            context.Request.Body = new LengthLimitedStream(context.Request.Body, maximum);
        }

        try
        {
            await next();
            if (context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await ProblemMapping.ToProblem([ProtectionIssues.BodyTooLarge(maximum)], context).ExecuteAsync(context);
            }
        }
        catch (BadHttpRequestException exception)
            when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await ProblemMapping.ToProblem([ProtectionIssues.BodyTooLarge(maximum)], context).ExecuteAsync(context);
        }
    }
}
