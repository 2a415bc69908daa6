using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Api.Protection;
using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary><c>/api/audit</c>: a tenant admin reads or exports (<c>?format=csv</c>) the tenant's audit log.</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/audit").WithTags("Audit")
            .RequireAuthorization(AccessPolicies.Admin).RequireRateLimiting(RateLimitPolicies.Public);
        group.MapGet(string.Empty, ListAuditAsync).WithName("ListAudit");
        return group;
    }

    private static async Task<Results<Ok<List<AuditEntryDocument>>, ContentHttpResult, ProblemHttpResult>> ListAuditAsync(
        string? tenant, DateTimeOffset? since, int? limit, string? format, Caller caller, AuditTrail audit,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "csv"))
        {
            return ProblemMapping.ToProblem([IdentityIssues.UnknownFormat("query:format", format)], context);
        }

        var result = await audit.ListAsync(caller.Principal, tenant, since, limit, cancellationToken);
        if (!result.IsSuccess)
        {
            return ProblemMapping.ToProblem(result.Issues, context);
        }

        if (format == "csv")
        {
            context.Response.Headers.ContentDisposition = "attachment; filename=\"audit.csv\"";
            return TypedResults.Content(AuditCsv.Write(result.Value), AuditCsv.MediaType + "; charset=utf-8");
        }

        return TypedResults.Ok(result.Value.Select(AuditEntryDocument.From).ToList());
    }
}
