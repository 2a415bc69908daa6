using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Storage.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>
/// Authenticates <c>Authorization: Bearer ot_…</c>: the secret's SHA-256 is looked up, then the token must be
/// neither revoked nor expired. A refusal keeps its issue for <see cref="AuthorizationProblemWriter"/>, which answers
/// 401 problem+json; a request without a bearer token is simply anonymous.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggers,
    UrlEncoder encoder,
    ApiTokenStore tokens,
    TokenUseRecorder usage,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggers, encoder)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The <see cref="HttpContext.Items"/> key of the issue explaining a refused token.</summary>
    public static readonly object RefusalKey = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiTokenSecret.TryParse(header[BearerPrefix.Length..].Trim(), out var secret))
        {
            return Refuse(AccessIssues.InvalidToken());
        }

        var token = await tokens.FindBySecretAsync(secret, Context.RequestAborted);
        if (token is null)
        {
            return Refuse(AccessIssues.InvalidToken());
        }

        var now = time.GetUtcNow();
        switch (token.StatusAt(now))
        {
            case ApiTokenStatus.Revoked:
                return Refuse(AccessIssues.TokenRevoked(), token.Id);
            case ApiTokenStatus.Expired:
                return Refuse(AccessIssues.TokenExpired(token.ExpiresAt.GetValueOrDefault()), token.Id);
        }

        await usage.RecordAsync(token.Id, now, Context.RequestAborted);
        var principal = new Principal(token.TenantId, token.Id, token.Kind, token.Scopes.ToHashSet());
        return AuthenticateResult.Success(
            new AuthenticationTicket(PrincipalClaims.ToClaimsPrincipal(principal, Scheme.Name), Scheme.Name));
    }

    private AuthenticateResult Refuse(Issue issue, ApiTokenId? token = null)
    {
        ApiLog.AuthenticationRefused(Logger, issue.Code, token?.ToString() ?? "unknown");
        Context.Items[RefusalKey] = issue;
        return AuthenticateResult.Fail(issue.Code);
    }
}
