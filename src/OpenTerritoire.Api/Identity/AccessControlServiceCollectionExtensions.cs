using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using OpenTerritoire.Api.Protection;
using OpenTerritoire.Api.Tenancy;
using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>
/// Registers API-token authentication, the scope policies, the services behind tenants, tokens, audit and sharing
/// agreements, and the platform token bootstrap; <see cref="UseAccessControl"/> puts them in the pipeline.
/// </summary>
public static class AccessControlServiceCollectionExtensions
{
    public static IServiceCollection AddAccessControl(this IServiceCollection services)
    {
        services.AddAuthentication(AccessPolicies.ApiTokenScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(AccessPolicies.ApiTokenScheme, null);
        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in Enum.GetValues<TokenScope>())
        {
            authorization.AddPolicy(AccessPolicies.For(scope), policy => policy
                .AddAuthenticationSchemes(AccessPolicies.ApiTokenScheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new ScopeRequirement(scope)));
        }

        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationProblemWriter>();
        services.AddSingleton<TokenUseRecorder>();
        services.AddSingleton<TenantAccess>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<TenantAdministration>();
        services.AddSingleton<TokenAdministration>();
        services.AddSingleton<SharingAgreementAdministration>();
        services.AddHostedService<PlatformTokenBootstrap>();
        return services;
    }

    /// <summary>
    /// Protections (headers, body limit, CORS), then authentication, then rate limits (which partition by token,
    /// so they come after authentication), then authorisation.
    /// </summary>
    public static WebApplication UseAccessControl(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseProtection();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
