using OpenTerritoire.Api.Tenancy;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>Issues, lists and revokes the API tokens of the tenants a caller administers; issuing and revoking are audited.</summary>
public sealed class TokenAdministration(ApiTokenStore tokens, TenantAccess access, AuditTrail audit, TimeProvider time)
{
    private const int MaximumNameLength = 100;
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);
    private static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(731);

    public async Task<Result<IssuedApiToken>> CreateAsync(Caller caller, TokenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var tenant = await access.ResolveAsync(caller.Principal, request.Tenant, TokenScope.Admin, "/tenant", cancellationToken);
        if (!tenant.IsSuccess)
        {
            return Result.Failure<IssuedApiToken>(tenant.Issues);
        }

        var validated = Validate(request, time.GetUtcNow(), caller.Principal.Actor);
        if (!validated.IsSuccess)
        {
            return Result.Failure<IssuedApiToken>(validated.Issues);
        }

        var issued = await tokens.CreateAsync(tenant.Value.Id, validated.Value, cancellationToken);
        var token = issued.Token;
        await audit.RecordAsync(
            caller, tenant.Value.Id, AuditActions.TokenCreate, "token", token.Id.ToString(),
            new
            {
                name = token.Name,
                kind = ApiTokenKindNames.ToName(token.Kind),
                scopes = token.Scopes.Select(TokenScopeNames.ToName),
                prefix = token.Prefix,
                expiresAt = token.ExpiresAt,
            },
            cancellationToken);
        return Result.Success(issued);
    }

    public async Task<Result<IReadOnlyList<ApiToken>>> ListAsync(
        Principal principal, string? tenantCode, CancellationToken cancellationToken)
    {
        var tenant = await access.ResolveAsync(principal, tenantCode, TokenScope.Admin, "query:tenant", cancellationToken);
        return tenant.IsSuccess
            ? Result.Success(await tokens.ListAsync(tenant.Value.Id, cancellationToken))
            : Result.Failure<IReadOnlyList<ApiToken>>(tenant.Issues);
    }

    public async Task<Result<ApiToken>> RevokeAsync(
        Caller caller, ApiTokenId id, string? tenantCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var tenant = await access.ResolveAsync(caller.Principal, tenantCode, TokenScope.Admin, "query:tenant", cancellationToken);
        if (!tenant.IsSuccess)
        {
            return Result.Failure<ApiToken>(tenant.Issues);
        }

        var revoked = await tokens.RevokeAsync(tenant.Value.Id, id, time.GetUtcNow(), cancellationToken);
        if (revoked is null)
        {
            return Result.Failure<ApiToken>(IdentityIssues.TokenNotFound("path:id", id.Value));
        }

        await audit.RecordAsync(
            caller, tenant.Value.Id, AuditActions.TokenRevoke, "token", id.ToString(),
            new { name = revoked.Name, prefix = revoked.Prefix }, cancellationToken);
        return Result.Success(revoked);
    }

    private static Result<NewApiToken> Validate(TokenRequest request, DateTimeOffset now, string actor)
    {
        var issues = new List<Issue>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            issues.Add(IdentityIssues.Required("/name"));
        }
        else if (request.Name.Length > MaximumNameLength)
        {
            issues.Add(IdentityIssues.TooLong("/name", MaximumNameLength));
        }

        var kind = ApiTokenKind.Application;
        if (request.Kind is not null && !ApiTokenKindNames.TryParse(request.Kind, out kind))
        {
            issues.Add(IdentityIssues.UnknownKind("/kind", request.Kind));
        }

        var scopes = new List<TokenScope>();
        if (request.Scopes is not { Count: > 0 })
        {
            issues.Add(IdentityIssues.Required("/scopes"));
        }
        else
        {
            for (var index = 0; index < request.Scopes.Count; index++)
            {
                if (TokenScopeNames.TryParse(request.Scopes[index], out var scope))
                {
                    scopes.Add(scope);
                }
                else
                {
                    issues.Add(IdentityIssues.UnknownScope($"/scopes/{index}", request.Scopes[index] ?? "null"));
                }
            }
        }

        var expiresAt = request.ExpiresAt ?? now + DefaultLifetime;
        if (expiresAt <= now)
        {
            issues.Add(IdentityIssues.ExpiryNotInFuture("/expiresAt", expiresAt));
        }
        else if (expiresAt > now + MaximumLifetime)
        {
            issues.Add(IdentityIssues.ExpiryTooFar("/expiresAt", now + MaximumLifetime));
        }

        return issues.Count > 0
            ? Result.Failure<NewApiToken>(issues)
            : Result.Success(new NewApiToken(request.Name!.Trim(), kind, scopes.Distinct().ToList(), expiresAt, actor));
    }
}
