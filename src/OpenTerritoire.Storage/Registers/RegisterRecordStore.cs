using System.Data;
using Dapper;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Registers;

/// <summary>Sensor and algorithm records of a tenant and their append-only versions.</summary>
public sealed class RegisterRecordStore(NpgsqlDataSource dataSource)
{
    private const string InsertRecordSql = """
        INSERT INTO register_records (
            tenant_id, kind, slug, current_version, review_date, active_until, do_not_show_after, themes,
            personal_data, location, created_at, updated_at)
        VALUES (
            @TenantId, @Kind, @Slug, 1, @ReviewDate::date, @ActiveUntil::date, @DoNotShowAfter::date, @Themes,
            @PersonalData, @Location, @Now, @Now)
        ON CONFLICT (tenant_id, kind, slug) DO NOTHING
        RETURNING id
        """;

    private const string InsertVersionSql = """
        INSERT INTO register_record_versions (record_id, tenant_id, version, document, schema_version, author, created_at)
        VALUES (@RecordId, @TenantId, @Version, @Document::jsonb, @SchemaVersion, @Author, @Now)
        """;

    private const string LockSql = """
        SELECT slug, current_version, lifecycle
        FROM register_records
        WHERE tenant_id = @TenantId
          AND kind = @Kind
          AND id = @Id
        FOR UPDATE
        """;

    private const string UpdateRecordSql = """
        UPDATE register_records
        SET current_version = @Version,
            review_date = @ReviewDate::date,
            active_until = @ActiveUntil::date,
            do_not_show_after = @DoNotShowAfter::date,
            themes = @Themes,
            personal_data = @PersonalData,
            location = @Location,
            updated_at = @Now
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string UpdateLifecycleSql = """
        UPDATE register_records
        SET lifecycle = @Lifecycle,
            published_at = CASE WHEN @Lifecycle = 'published' THEN @Now ELSE published_at END,
            updated_at = @Now
        WHERE tenant_id = @TenantId
          AND id = @Id
        """;

    private const string SelectByIdSql = $"""
        SELECT {RegisterRecordRow.Columns}
        FROM register_records r
        {RegisterRecordRow.CurrentVersionJoin}
        WHERE r.tenant_id = @TenantId
          AND r.kind = @Kind
          AND r.id = @Id
        """;

    private const string SelectAllSql = $"""
        SELECT {RegisterRecordRow.Columns}
        FROM register_records r
        {RegisterRecordRow.CurrentVersionJoin}
        WHERE r.tenant_id = @TenantId
          AND (@Kind::text IS NULL OR r.kind = @Kind)
        ORDER BY r.id
        """;

    private const string SelectVersionsSql = """
        SELECT v.record_id, v.version, v.document::text AS document, v.schema_version, v.author, v.created_at
        FROM register_record_versions v
        JOIN register_records r ON r.id = v.record_id
        WHERE r.tenant_id = @TenantId
          AND r.kind = @Kind
          AND r.id = @Id
          AND (@Version::integer IS NULL OR v.version = @Version)
        ORDER BY v.version
        """;

    /// <summary>Creates a record with its first version, as a draft; <c>register.duplicate-id</c> when the slug is taken.</summary>
    public async Task<Result<RegisterRecord>> AppendAsync(
        TenantId tenant, RegisterWrite write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            InsertRecordSql, Parameters(tenant, write, now, 0, 1), transaction, cancellationToken: cancellationToken));
        if (id is not { } recordId)
        {
            return Result.Failure<RegisterRecord>(RegisterIssues.DuplicateSlug(write.Slug));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            InsertVersionSql, Parameters(tenant, write, now, recordId, 1), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return Result.Success((await FindAsync(tenant, write.Kind, new RegisterRecordId(recordId), cancellationToken))!);
    }

    /// <summary>Stores a new version and makes it current; the document's id may not change.</summary>
    public async Task<Result<RegisterRecord>> AppendVersionAsync(
        TenantId tenant, RegisterRecordId id, RegisterWrite write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var locked = await LockAsync(connection, transaction, tenant, write.Kind, id, cancellationToken);
        if (locked is null)
        {
            return Result.Failure<RegisterRecord>(RegisterIssues.RecordNotFound(id.ToString()));
        }

        if (!string.Equals(locked.Slug, write.Slug, StringComparison.Ordinal))
        {
            return Result.Failure<RegisterRecord>(RegisterIssues.SlugChanged(locked.Slug, write.Slug));
        }

        var version = locked.CurrentVersion + 1;
        var parameters = Parameters(tenant, write, now, id.Value, version);
        await connection.ExecuteAsync(new CommandDefinition(InsertVersionSql, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(UpdateRecordSql, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return Result.Success((await FindAsync(tenant, write.Kind, id, cancellationToken))!);
    }

    /// <summary>Moves a record through its lifecycle (<see cref="RecordLifecycleRules"/>); publishing stamps the time.</summary>
    public async Task<Result<RegisterRecord>> SetLifecycleAsync(
        TenantId tenant, RegisterKind kind, RegisterRecordId id, RecordLifecycle target, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var locked = await LockAsync(connection, transaction, tenant, kind, id, cancellationToken);
        if (locked is null)
        {
            return Result.Failure<RegisterRecord>(RegisterIssues.RecordNotFound(id.ToString()));
        }

        RecordLifecycleNames.TryParse(locked.Lifecycle, out var current);
        var moved = RecordLifecycleRules.Transition(current, target);
        if (!moved.IsSuccess)
        {
            return Result.Failure<RegisterRecord>(moved.Issues);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            UpdateLifecycleSql,
            new { TenantId = tenant.Value, Id = id.Value, Lifecycle = RecordLifecycleNames.ToName(target), Now = now },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return Result.Success((await FindAsync(tenant, kind, id, cancellationToken))!);
    }

    public async Task<RegisterRecord?> FindAsync(
        TenantId tenant, RegisterKind kind, RegisterRecordId id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RegisterRecordRow>(new CommandDefinition(
            SelectByIdSql,
            new { TenantId = tenant.Value, Kind = RegisterKindNames.ToName(kind), Id = id.Value },
            cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    /// <summary>The tenant's records of one kind, or of both when <paramref name="kind"/> is null, by id.</summary>
    public async Task<IReadOnlyList<RegisterRecord>> ListAsync(
        TenantId tenant, RegisterKind? kind, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RegisterRecordRow>(new CommandDefinition(
            SelectAllSql,
            new { TenantId = tenant.Value, Kind = kind is { } known ? RegisterKindNames.ToName(known) : null },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToRecord()).ToList();
    }

    /// <summary>Every version of a record, oldest first; empty when the record is not the tenant's.</summary>
    public async Task<IReadOnlyList<RegisterRecordVersion>> ListVersionsAsync(
        TenantId tenant, RegisterKind kind, RegisterRecordId id, CancellationToken cancellationToken) =>
        await QueryVersionsAsync(tenant, kind, id, null, cancellationToken);

    public async Task<RegisterRecordVersion?> FindVersionAsync(
        TenantId tenant, RegisterKind kind, RegisterRecordId id, int version, CancellationToken cancellationToken) =>
        (await QueryVersionsAsync(tenant, kind, id, version, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<RegisterRecordVersion>> QueryVersionsAsync(
        TenantId tenant, RegisterKind kind, RegisterRecordId id, int? version, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<VersionRow>(new CommandDefinition(
            SelectVersionsSql,
            new { TenantId = tenant.Value, Kind = RegisterKindNames.ToName(kind), Id = id.Value, Version = version },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToVersion()).ToList();
    }

    private static async Task<LockedRow?> LockAsync(
        NpgsqlConnection connection, IDbTransaction transaction, TenantId tenant, RegisterKind kind, RegisterRecordId id,
        CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<LockedRow>(new CommandDefinition(
            LockSql,
            new { TenantId = tenant.Value, Kind = RegisterKindNames.ToName(kind), Id = id.Value },
            transaction,
            cancellationToken: cancellationToken));

    private static object Parameters(TenantId tenant, RegisterWrite write, DateTimeOffset now, long id, int version) => new
    {
        TenantId = tenant.Value,
        Id = id,
        RecordId = id,
        Version = version,
        Kind = RegisterKindNames.ToName(write.Kind),
        write.Slug,
        ReviewDate = RegisterRecordRow.DateText(write.Dates.ReviewDate),
        ActiveUntil = RegisterRecordRow.DateText(write.Dates.ActiveUntil),
        DoNotShowAfter = RegisterRecordRow.DateText(write.Dates.DoNotShowAfter),
        Themes = write.Themes.ToArray(),
        write.PersonalData,
        write.Location,
        Document = write.Document.GetRawText(),
        write.SchemaVersion,
        write.Author,
        Now = now,
    };

    private sealed class LockedRow
    {
        public string Slug { get; init; } = string.Empty;

        public int CurrentVersion { get; init; }

        public string Lifecycle { get; init; } = string.Empty;
    }

    private sealed class VersionRow
    {
        public long RecordId { get; init; }

        public int Version { get; init; }

        public string Document { get; init; } = "{}";

        public string SchemaVersion { get; init; } = string.Empty;

        public string Author { get; init; } = string.Empty;

        public DateTimeOffset CreatedAt { get; init; }

        public RegisterRecordVersion ToVersion() => new(
            new RegisterRecordId(RecordId), Version, System.Text.Json.JsonDocument.Parse(Document).RootElement.Clone(),
            SchemaVersion, Author, CreatedAt);
    }
}
