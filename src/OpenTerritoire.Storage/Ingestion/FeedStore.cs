using Dapper;
using Npgsql;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Mapping;

namespace OpenTerritoire.Storage.Ingestion;

/// <summary>Feeds of a tenant.</summary>
public sealed class FeedStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, tenant_id, name, kind, settings::text AS settings, token_hash, created_at";

    private const string InsertSql = $"""
        INSERT INTO feeds (id, tenant_id, name, kind, settings, token_hash)
        VALUES (@Id, @TenantId, @Name, @Kind, @Settings::jsonb, @TokenHash)
        RETURNING {Columns}
        """;

    private const string SelectByIdSql = $"""
        SELECT {Columns}
        FROM feeds
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    // The ingestion endpoint knows only the feed id from the URL; the token then proves the caller's right.
    private const string SelectForIngestionSql = $"""
        SELECT {Columns}
        FROM feeds
        WHERE id = @Id
        """;

    private const string SelectAllSql = $"""
        SELECT {Columns}
        FROM feeds
        WHERE tenant_id = @TenantId
        ORDER BY created_at, id
        """;

    /// <summary>Stores a new feed with the id it carries (feed ids are random UUIDs made by the caller).</summary>
    public async Task<Feed> AppendAsync(TenantId tenant, Feed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        TenantGuard.EnsureSame(tenant, feed.TenantId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<FeedRow>(new CommandDefinition(
            InsertSql,
            new
            {
                Id = feed.Id.Value,
                TenantId = tenant.Value,
                feed.Name,
                Kind = FeedKindNames.ToName(feed.Kind),
                Settings = JsonColumn.ToText(feed.Settings),
                feed.TokenHash,
            },
            cancellationToken: cancellationToken));
        return row.ToFeed();
    }

    public async Task<Feed?> FindAsync(TenantId tenant, FeedId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeedRow>(new CommandDefinition(
            SelectByIdSql, new { TenantId = tenant.Value, Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToFeed();
    }

    /// <summary>
    /// Finds a feed by id alone, for the ingestion endpoint, before the caller is known; the caller must then check
    /// the bearer token against <see cref="Feed.TokenHash"/> before using anything else of the feed.
    /// </summary>
    public async Task<Feed?> FindForIngestionAsync(FeedId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeedRow>(new CommandDefinition(
            SelectForIngestionSql, new { Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToFeed();
    }

    public async Task<IReadOnlyList<Feed>> ListAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FeedRow>(new CommandDefinition(
            SelectAllSql, new { TenantId = tenant.Value }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToFeed()).ToList();
    }

    private sealed class FeedRow
    {
        public Guid Id { get; init; }

        public long TenantId { get; init; }

        public string Name { get; init; } = string.Empty;

        public string Kind { get; init; } = string.Empty;

        public string? Settings { get; init; }

        public string TokenHash { get; init; } = string.Empty;

        public DateTimeOffset CreatedAt { get; init; }

        public Feed ToFeed() => new(
            new FeedId(Id),
            new TenantId(TenantId),
            Name,
            FeedKindNames.TryParse(Kind, out var kind) ? kind : throw new InvalidDataException($"Bad feed kind '{Kind}'."),
            JsonColumn.FromText(Settings),
            TokenHash,
            CreatedAt);
    }
}
