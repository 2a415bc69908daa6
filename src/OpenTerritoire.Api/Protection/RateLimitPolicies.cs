using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenTerritoire.Api.Identity;
using OpenTerritoire.Api.Problems;

namespace OpenTerritoire.Api.Protection;

/// <summary>
/// The rate-limit policies faces attach to their route groups: <c>group.RequireRateLimiting(RateLimitPolicies.Public)</c>.
/// One fixed window per token when the caller is authenticated, else per client IP; over the limit answers 429
/// problem+json with Retry-After.
/// </summary>
public static class RateLimitPolicies
{
    public const string Public = "public";

    internal static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Public, Partition);
        options.OnRejected = RejectAsync;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<ProtectionOptions>>().Value;
        var key = PrincipalClaims.Read(context.User) is { } principal
            ? principal.Actor
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.RateLimitPermits,
            Window = TimeSpan.FromSeconds(settings.RateLimitWindowSeconds),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        int? retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? (int)Math.Ceiling(wait.TotalSeconds)
            : null;
        context.Response.Headers.RetryAfter = (retryAfter ?? 1).ToString(CultureInfo.InvariantCulture);
        var partition = PrincipalClaims.Read(context.User)?.Actor ?? "anonymous client";
        ApiLog.RateLimited(
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitPolicies)),
            partition, context.Request.Method, context.Request.Path);
        await ProblemMapping.ToProblem([ProtectionIssues.TooManyRequests(retryAfter)], context).ExecuteAsync(context);
    }
}
