using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OpenTerritoire.Api.Problems;

namespace OpenTerritoire.Api.Protection;

/// <summary>
/// Refuses bodies over <see cref="ProtectionOptions.MaxRequestBodyBytes"/> with 413 problem+json: at once when
/// Content-Length says so, and while reading when the server enforces the limit on a chunked body (Kestrel).
/// </summary>
internal static class RequestBodyLimit
{
    public static async Task EnforceAsync(HttpContext context, Func<Task> next)
    {
        var maximum = context.RequestServices.GetRequiredService<IOptions<ProtectionOptions>>().Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > maximum)
        {
            await ProblemMapping.ToProblem([ProtectionIssues.BodyTooLarge(maximum)], context).ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maximum;
        }

        try
        {
            await next();
        }
        catch (BadHttpRequestException exception)
            when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await ProblemMapping.ToProblem([ProtectionIssues.BodyTooLarge(maximum)], context).ExecuteAsync(context);
        }
    }
}
