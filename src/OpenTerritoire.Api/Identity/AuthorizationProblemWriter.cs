using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using OpenTerritoire.Api.Problems;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>
/// Answers refused requests with problem+json through <see cref="ProblemMapping"/>: 401 with the authentication
/// issue (<c>auth.missing-token</c>, <c>auth.invalid-token</c>, <c>auth.token-expired</c>, <c>auth.token-revoked</c>),
/// 403 with <c>auth.missing-scope</c> naming the scopes needed. <c>WWW-Authenticate</c> follows RFC 6750 §3.
/// </summary>
public sealed class AuthorizationProblemWriter : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Challenged)
        {
            var refusal = context.Items[ApiTokenAuthenticationHandler.RefusalKey] as Issue;
            context.Response.Headers.WWWAuthenticate = refusal is null
                ? "Bearer realm=\"openterritoire\""
                : "Bearer realm=\"openterritoire\", error=\"invalid_token\"";
            await ProblemMapping.ToProblem([refusal ?? AccessIssues.MissingToken()], context).ExecuteAsync(context);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            var needed = policy.Requirements.OfType<ScopeRequirement>().Select(requirement => requirement.Scope).ToList();
            context.Response.Headers.WWWAuthenticate =
                $"Bearer realm=\"openterritoire\", error=\"insufficient_scope\", scope=\"{string.Join(' ', needed.Select(TokenScopeNames.ToName))}\"";
            await ProblemMapping.ToProblem([AccessIssues.MissingScope(needed)], context).ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
