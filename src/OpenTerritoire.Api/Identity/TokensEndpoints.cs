using Microsoft.AspNetCore.Http.HttpResults;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Api.Protection;
using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary><c>/api/tokens</c>: a tenant admin issues, lists and revokes API tokens of the tenants it administers.</summary>
public static class TokensEndpoints
{
    public static RouteGroupBuilder MapTokens(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tokens").WithTags("Tokens")
            .RequireAuthorization(AccessPolicies.Admin).RequireRateLimiting(RateLimitPolicies.Public);
        group.MapPost(string.Empty, CreateTokenAsync).WithName("CreateToken");
        group.MapGet(string.Empty, ListTokensAsync).WithName("ListTokens");
        group.MapDelete("/{id:long}", RevokeTokenAsync).WithName("RevokeToken");
        return group;
    }

    private static async Task<Results<Created<IssuedTokenDocument>, ProblemHttpResult>> CreateTokenAsync(
        TokenRequest request, Caller caller, TokenAdministration administration, TimeProvider time, HttpContext context,
        CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(caller, request, cancellationToken);
        if (!result.IsSuccess)
        {
            return ProblemMapping.ToProblem(result.Issues, context);
        }

        // The secret is in this one response: keep it out of every cache.
        context.Response.Headers.CacheControl = "no-store";
        var issued = result.Value;
        return TypedResults.Created(
            (string?)null,
            new IssuedTokenDocument(TokenDocument.From(issued.Token, time.GetUtcNow()), issued.Secret.Value));
    }

    private static async Task<Results<Ok<List<TokenDocument>>, ProblemHttpResult>> ListTokensAsync(
        string? tenant, Caller caller, TokenAdministration administration, TimeProvider time, HttpContext context,
        CancellationToken cancellationToken)
    {
        var result = await administration.ListAsync(caller.Principal, tenant, cancellationToken);
        var now = time.GetUtcNow();
        return result.IsSuccess
            ? TypedResults.Ok(result.Value.Select(token => TokenDocument.From(token, now)).ToList())
            : ProblemMapping.ToProblem(result.Issues, context);
    }

    private static async Task<Results<Ok<TokenDocument>, ProblemHttpResult>> RevokeTokenAsync(
        long id, string? tenant, Caller caller, TokenAdministration administration, TimeProvider time,
        HttpContext context, CancellationToken cancellationToken)
    {
        var result = await administration.RevokeAsync(caller, new ApiTokenId(id), tenant, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Ok(TokenDocument.From(result.Value, time.GetUtcNow()))
            : ProblemMapping.ToProblem(result.Issues, context);
    }
}
