using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpenTerritoire.Testing.Http;

/// <summary>
/// A test-only authentication scheme standing in for API tokens: <c>X-Test-Tenant</c> and <c>X-Test-Scopes</c>
/// (comma-separated) become the <c>ot:tenant</c> and <c>ot:scope</c> claims the hub reads.
/// </summary>
public sealed class TestCaller(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Scheme = "Test";

    public const string TenantHeader = "X-Test-Tenant";

    public const string ScopesHeader = "X-Test-Scopes";

    /// <summary>Registers the scheme as the default; pass to <see cref="HubApplication"/>'s service overrides.</summary>
    public static void Register(IServiceCollection services) =>
        services.AddAuthentication(Scheme).AddScheme<AuthenticationSchemeOptions, TestCaller>(Scheme, null);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(TenantHeader, out var tenant))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new("ot:tenant", tenant.ToString()) };
        claims.AddRange(Request.Headers[ScopesHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(scope => new Claim("ot:scope", scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme)));
    }
}
