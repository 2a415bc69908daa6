using Dapper;
using Npgsql;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Storage.Registers;

/// <summary>
/// The public side of the registers, across tenants by design: only published records not past their "do not show
/// after" date, and only links to what is itself public. Not a store: it never reads private rows.
/// </summary>
public sealed class PublishedRegister(NpgsqlDataSource dataSource)
{
    private const string VisibleSql = """
        r.lifecycle = 'published'
          AND (r.do_not_show_after IS NULL OR r.do_not_show_after >= @Today::date)
        """;

    private const string SelectListSql = $"""
        SELECT {RegisterRecordRow.Columns}, t.code AS tenant_code
        FROM register_records r
        {RegisterRecordRow.CurrentVersionJoin}
        JOIN tenants t ON t.id = r.tenant_id
        WHERE r.kind = @Kind
          AND {VisibleSql}
          AND (@Theme::text IS NULL OR @Theme = ANY (r.themes))
          AND (@PersonalData::boolean IS NULL OR r.personal_data = @PersonalData)
          AND (@Status::text IS NULL OR v.document ->> 'status' = @Status)
          AND (@TenantCode::text IS NULL OR t.code = @TenantCode)
          AND (@West::double precision IS NULL
               OR r.location && ST_MakeEnvelope(@West, @South, @East, @North, 4326))
          AND (@Id::bigint IS NULL OR r.id = @Id)
        ORDER BY r.id
        """;

    // A link is public when its target is: a published Thing, Datastream or Dataset; a Sensor behind a published
    // Datastream; a visible record.
    private const string SelectLinksSql = """
        SELECT l.record_id, l.role, l.thing_id, l.sensor_id, l.datastream_id, l.dataset_id, l.target_record_id
        FROM register_links l
        WHERE l.record_id = ANY (@Ids)
          AND (l.thing_id IS NULL OR EXISTS (
                  SELECT 1 FROM things x WHERE x.id = l.thing_id AND x.publication = 'published'))
          AND (l.sensor_id IS NULL OR EXISTS (
                  SELECT 1 FROM datastreams x WHERE x.sensor_id = l.sensor_id AND x.publication = 'published'))
          AND (l.datastream_id IS NULL OR EXISTS (
                  SELECT 1 FROM datastreams x WHERE x.id = l.datastream_id AND x.publication = 'published'))
          AND (l.dataset_id IS NULL OR EXISTS (
                  SELECT 1 FROM datasets x WHERE x.id = l.dataset_id AND x.publication = 'published'))
          AND (l.target_record_id IS NULL OR EXISTS (
                  SELECT 1 FROM register_records r WHERE r.id = l.target_record_id AND r.lifecycle = 'published'
                    AND (r.do_not_show_after IS NULL OR r.do_not_show_after >= @Today::date)))
        ORDER BY l.id
        """;

    /// <summary>The public records of a register, by id.</summary>
    public async Task<IReadOnlyList<PublishedRecord>> ListAsync(
        RegisterKind kind, PublicRegisterFilter filter, DateOnly today, CancellationToken cancellationToken) =>
        await QueryAsync(kind, filter, null, today, cancellationToken);

    /// <summary>One public record; null when it does not exist or is not public.</summary>
    public async Task<PublishedRecord?> FindAsync(
        RegisterKind kind, RegisterRecordId id, DateOnly today, CancellationToken cancellationToken) =>
        (await QueryAsync(kind, PublicRegisterFilter.Any, id, today, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<PublishedRecord>> QueryAsync(
        RegisterKind kind, PublicRegisterFilter filter, RegisterRecordId? id, DateOnly today,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var box = filter.BoundingBox;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var todayText = RegisterRecordRow.DateText(today);
        var rows = (await connection.QueryAsync<PublishedRow>(new CommandDefinition(
            SelectListSql,
            new
            {
                Kind = RegisterKindNames.ToName(kind),
                Today = todayText,
                filter.Theme,
                filter.PersonalData,
                filter.Status,
                filter.TenantCode,
                West = box?[0],
                South = box?[1],
                East = box?[2],
                North = box?[3],
                Id = id?.Value,
            },
            cancellationToken: cancellationToken))).ToList();
        var links = (await connection.QueryAsync<RegisterLinkRow>(new CommandDefinition(
            SelectLinksSql,
            new { Ids = rows.Select(row => row.Id).ToArray(), Today = todayText },
            cancellationToken: cancellationToken)))
            .ToLookup(link => link.RecordId);
        return rows
            .Select(row => new PublishedRecord(
                row.ToRecord(), row.TenantCode, links[row.Id].Select(link => link.ToLink()).ToList()))
            .ToList();
    }

    private sealed class PublishedRow
    {
        public long Id { get; init; }

        public long TenantId { get; init; }

        public string Kind { get; init; } = string.Empty;

        public string Slug { get; init; } = string.Empty;

        public string Lifecycle { get; init; } = string.Empty;

        public int CurrentVersion { get; init; }

        public string? ReviewDate { get; init; }

        public string? ActiveUntil { get; init; }

        public string? DoNotShowAfter { get; init; }

        public string[] Themes { get; init; } = [];

        public bool PersonalData { get; init; }

        public NetTopologySuite.Geometries.Point? Location { get; init; }

        public string Document { get; init; } = "{}";

        public DateTimeOffset? PublishedAt { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public string TenantCode { get; init; } = string.Empty;

        public Core.Registers.RegisterRecord ToRecord() => new RegisterRecordRow
        {
            Id = Id, TenantId = TenantId, Kind = Kind, Slug = Slug, Lifecycle = Lifecycle, CurrentVersion = CurrentVersion,
            ReviewDate = ReviewDate, ActiveUntil = ActiveUntil, DoNotShowAfter = DoNotShowAfter, Themes = Themes,
            PersonalData = PersonalData, Location = Location, Document = Document, PublishedAt = PublishedAt,
            CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
        }.ToRecord();
    }
}
