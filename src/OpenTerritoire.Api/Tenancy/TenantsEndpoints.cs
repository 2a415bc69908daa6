using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Identity;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Api.Protection;
using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Tenancy;

/// <summary><c>/api/tenants</c>: create tenants and see the caller's tenant and its descendants.</summary>
public static class TenantsEndpoints
{
    public static RouteGroupBuilder MapTenants(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tenants").WithTags("Tenants").RequireRateLimiting(RateLimitPolicies.Public);
        group.MapPost(string.Empty, CreateTenantAsync).WithName("CreateTenant").RequireAuthorization(AccessPolicies.Admin);
        group.MapGet(string.Empty, ListTenantsAsync).WithName("ListTenants").RequireAuthorization(AccessPolicies.Read);
        group.MapGet("/{code}", GetTenantAsync).WithName("GetTenant").RequireAuthorization(AccessPolicies.Read);
        return group;
    }

    private static async Task<Results<Created<TenantDocument>, ProblemHttpResult>> CreateTenantAsync(
        TenantRequest request, Caller caller, TenantAdministration administration, HttpContext context,
        CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(caller, request, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created($"/api/tenants/{result.Value.Code}", TenantDocument.From(result.Value))
            : ProblemMapping.ToProblem(result.Issues, context);
    }

    private static async Task<Ok<List<TenantDocument>>> ListTenantsAsync(
        Caller caller, TenantAccess access, CancellationToken cancellationToken)
    {
        var tenants = await access.ListVisibleAsync(caller.Principal, cancellationToken);
        return TypedResults.Ok(tenants.Select(TenantDocument.From).ToList());
    }

    private static async Task<Results<Ok<TenantDocument>, ProblemHttpResult>> GetTenantAsync(
        string code, Caller caller, TenantAccess access, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await access.ResolveAsync(caller.Principal, code, TokenScope.Read, "path:code", cancellationToken);
        return result.IsSuccess
            ? TypedResults.Ok(TenantDocument.From(result.Value))
            : ProblemMapping.ToProblem(result.Issues, context);
    }
}
