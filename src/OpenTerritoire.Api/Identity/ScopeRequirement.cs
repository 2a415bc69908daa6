using Microsoft.AspNetCore.Authorization;
using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>Met when the caller's token carries the scope (or <c>admin</c>, which implies every scope).</summary>
public sealed class ScopeRequirement(TokenScope scope) : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    public TokenScope Scope { get; } = scope;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (PrincipalClaims.Read(context.User) is { } principal && principal.Has(requirement.Scope))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
