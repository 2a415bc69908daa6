using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTerritoire.Api.Registers;

namespace OpenTerritoire.Api.Tests.Registers;

/// <summary>
/// Stands in for bearer-token authentication in tests: <c>X-Test-Tenant</c> and <c>X-Test-Scopes</c> (space-separated)
/// become the <c>ot:tenant</c> and <c>ot:scope</c> claims that access control will put on the request.
/// </summary>
public sealed class TestAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Scheme = "Test";
    public const string TenantHeader = "X-Test-Tenant";
    public const string ScopesHeader = "X-Test-Scopes";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(TenantHeader, out var tenant))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "token-test"),
            new(OpenTerritoire.Api.Identity.PrincipalClaims.TenantClaim, tenant.ToString()),
        };
        claims.AddRange(Request.Headers[ScopesHeader].ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(scope => new Claim(OpenTerritoire.Api.Identity.PrincipalClaims.ScopeClaim, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme)));
    }
}
