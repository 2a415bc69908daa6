using Dapper;
using Npgsql;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Identity;

/// <summary>
/// API tokens. A token is created with a fresh secret that is returned once and never stored: only its SHA-256 and
/// an 8-character display prefix are. Platform tokens (no tenant) are made only by the bootstrap and the CLI.
/// </summary>
public sealed class ApiTokenStore(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        id, tenant_id, name, kind, scopes, token_hash, prefix, created_at, created_by, expires_at, revoked_at,
        last_used_at
        """;

    private const string InsertSql = $"""
        INSERT INTO api_tokens (tenant_id, name, kind, scopes, token_hash, prefix, created_by, expires_at)
        VALUES (@TenantId, @Name, @Kind, @Scopes, @TokenHash, @Prefix, @CreatedBy, @ExpiresAt)
        RETURNING {Columns}
        """;

    // Two hub instances may bootstrap the same platform token at once: the second insert does nothing.
    private const string InsertPlatformSql = """
        INSERT INTO api_tokens (tenant_id, name, kind, scopes, token_hash, prefix, created_by)
        VALUES (NULL, @Name, 'application', ARRAY['admin'], @TokenHash, @Prefix, @CreatedBy)
        ON CONFLICT (token_hash) DO NOTHING
        """;

    private const string SelectByHashSql = $"""
        SELECT {Columns}
        FROM api_tokens
        WHERE token_hash = @TokenHash
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM api_tokens
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectAllSql = $"""
        SELECT {Columns}
        FROM api_tokens
        WHERE tenant_id = @TenantId
        ORDER BY created_at DESC, id DESC
        """;

    private const string SelectPlatformSql = $"""
        SELECT {Columns}
        FROM api_tokens
        WHERE tenant_id IS NULL
        ORDER BY created_at DESC, id DESC
        """;

    // Revoking twice keeps the first revocation time.
    private const string RevokeSql = $"""
        UPDATE api_tokens
        SET revoked_at = coalesce(revoked_at, @At)
        WHERE tenant_id = @TenantId
          AND id = @Id
        RETURNING {Columns}
        """;

    private const string RevokePlatformSql = $"""
        UPDATE api_tokens
        SET revoked_at = coalesce(revoked_at, @At)
        WHERE tenant_id IS NULL
          AND id = @Id
        RETURNING {Columns}
        """;

    // The guard makes concurrent hub instances write at most about once a minute per token.
    private const string RecordUseSql = """
        UPDATE api_tokens
        SET last_used_at = @At
        WHERE id = @Id
          AND (last_used_at IS NULL OR last_used_at < @At - interval '1 minute')
        """;

    /// <summary>Creates a token for a tenant with a new secret, returned here and nowhere else.</summary>
    public async Task<IssuedApiToken> CreateAsync(TenantId tenant, NewApiToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var secret = ApiTokenSecret.Generate();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<ApiTokenRow>(new CommandDefinition(
            InsertSql,
            new
            {
                TenantId = tenant.Value,
                token.Name,
                Kind = ApiTokenKindNames.ToName(token.Kind),
                Scopes = token.Scopes.Distinct().Select(TokenScopeNames.ToName).ToArray(),
                TokenHash = secret.Hash,
                secret.Prefix,
                token.CreatedBy,
                token.ExpiresAt,
            },
            cancellationToken: cancellationToken));
        return new IssuedApiToken(row.ToApiToken(), secret);
    }

    /// <summary>
    /// Ensures a platform admin token with this secret exists (the operator chose the secret); returns it, created
    /// or already there. A revoked one stays revoked: rotating means choosing a new secret.
    /// </summary>
    public async Task<ApiToken> EnsurePlatformAsync(
        ApiTokenSecret secret, string name, string createdBy, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            InsertPlatformSql,
            new { Name = name, TokenHash = secret.Hash, secret.Prefix, CreatedBy = createdBy },
            cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<ApiTokenRow>(new CommandDefinition(
            SelectByHashSql, new { TokenHash = secret.Hash }, cancellationToken: cancellationToken));
        return row.ToApiToken();
    }

    /// <summary>The token whose hash is this secret's, whatever its tenant or status: the authentication lookup.</summary>
    public async Task<ApiToken?> FindBySecretAsync(ApiTokenSecret secret, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiTokenRow>(new CommandDefinition(
            SelectByHashSql, new { TokenHash = secret.Hash }, cancellationToken: cancellationToken));
        return row?.ToApiToken();
    }

    public async Task<ApiToken?> FindAsync(TenantId tenant, ApiTokenId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiTokenRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToApiToken();
    }

    /// <summary>The tenant's tokens, newest first, revoked and expired ones included.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ApiTokenRow>(new CommandDefinition(
            SelectAllSql, new { TenantId = tenant.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToApiToken()).ToList();
    }

    /// <summary>The platform tokens, for the operator's CLI.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListPlatformAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ApiTokenRow>(new CommandDefinition(
            SelectPlatformSql, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToApiToken()).ToList();
    }

    /// <summary>Revokes a token of the tenant; null when the tenant has no such token.</summary>
    public async Task<ApiToken?> RevokeAsync(
        TenantId tenant, ApiTokenId id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiTokenRow>(new CommandDefinition(
            RevokeSql, new { TenantId = tenant.Value, Id = id.Value, At = at }, cancellationToken: cancellationToken));
        return row?.ToApiToken();
    }

    /// <summary>Revokes a platform token, for the operator's CLI; null when there is no such platform token.</summary>
    public async Task<ApiToken?> RevokePlatformAsync(ApiTokenId id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ApiTokenRow>(new CommandDefinition(
            RevokePlatformSql, new { Id = id.Value, At = at }, cancellationToken: cancellationToken));
        return row?.ToApiToken();
    }

    /// <summary>Sets <c>last_used_at</c>, unless it was set less than a minute before <paramref name="at"/>.</summary>
    public async Task RecordUseAsync(ApiTokenId id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            RecordUseSql, new { Id = id.Value, At = at }, cancellationToken: cancellationToken));
    }

    private sealed class ApiTokenRow
    {
        public long Id { get; init; }

        public long? TenantId { get; init; }

        public string Name { get; init; } = string.Empty;

        public string Kind { get; init; } = string.Empty;

        public string[] Scopes { get; init; } = [];

        public string TokenHash { get; init; } = string.Empty;

        public string Prefix { get; init; } = string.Empty;

        public DateTimeOffset CreatedAt { get; init; }

        public string CreatedBy { get; init; } = string.Empty;

        public DateTimeOffset? ExpiresAt { get; init; }

        public DateTimeOffset? RevokedAt { get; init; }

        public DateTimeOffset? LastUsedAt { get; init; }

        // The columns' CHECK constraints guarantee that kind and scopes parse.
        public ApiToken ToApiToken() => new(
            new ApiTokenId(Id),
            TenantId is { } tenant ? new TenantId(tenant) : null,
            Name,
            ApiTokenKindNames.TryParse(Kind, out var kind) ? kind : throw new InvalidDataException($"Bad token kind '{Kind}'."),
            Scopes.Select(name => TokenScopeNames.TryParse(name, out var scope)
                ? scope
                : throw new InvalidDataException($"Bad token scope '{name}'.")).ToList(),
            TokenHash,
            Prefix,
            CreatedAt,
            CreatedBy,
            ExpiresAt,
            RevokedAt,
            LastUsedAt);
    }
}
