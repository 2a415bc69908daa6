using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Identity;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Api.Protection;

namespace OpenTerritoire.Api.Tenancy;

/// <summary><c>/api/sharing-agreements</c>: what a tenant shares with others, and what others share with it.</summary>
public static class SharingAgreementsEndpoints
{
    public static RouteGroupBuilder MapSharingAgreements(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/sharing-agreements").WithTags("Tenants")
            .RequireRateLimiting(RateLimitPolicies.Public);
        group.MapPost(string.Empty, CreateSharingAgreementAsync).WithName("CreateSharingAgreement")
            .RequireAuthorization(AccessPolicies.Admin);
        group.MapGet(string.Empty, ListSharingAgreementsAsync).WithName("ListSharingAgreements")
            .RequireAuthorization(AccessPolicies.Read);
        return group;
    }

    private static async Task<Results<Created<SharingAgreementDocument>, ProblemHttpResult>> CreateSharingAgreementAsync(
        SharingAgreementRequest request, Caller caller, SharingAgreementAdministration administration,
        HttpContext context, CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(caller, request, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created((string?)null, SharingAgreementDocument.From(result.Value))
            : ProblemMapping.ToProblem(result.Issues, context);
    }

    private static async Task<Results<Ok<List<SharingAgreementDocument>>, ProblemHttpResult>> ListSharingAgreementsAsync(
        string? tenant, Caller caller, SharingAgreementAdministration administration, HttpContext context,
        CancellationToken cancellationToken)
    {
        var result = await administration.ListAsync(caller.Principal, tenant, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Ok(result.Value.Select(SharingAgreementDocument.From).ToList())
            : ProblemMapping.ToProblem(result.Issues, context);
    }
}
