using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpenTerritoire.Testing.Http;

/// <summary>
/// Test-only authentication: the headers <c>X-Test-Tenant</c> and <c>X-Test-Scope</c> become the claims
/// <c>ot:tenant</c> and <c>ot:scope</c> that the identity layer's bearer tokens carry; no header, no identity.
/// </summary>
public sealed class TestAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    public const string TenantHeader = "X-Test-Tenant";

    public const string ScopeHeader = "X-Test-Scope";

    /// <summary>Registers the handler as the default scheme (pass to <see cref="HubApplication"/>).</summary>
    public static void Register(IServiceCollection services) =>
        services.AddAuthentication(SchemeName).AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(SchemeName, null);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(TenantHeader, out var tenant))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new("ot:tenant", tenant.ToString()) };
        if (Request.Headers.TryGetValue(ScopeHeader, out var scope))
        {
            claims.Add(new Claim("ot:scope", scope.ToString()));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
