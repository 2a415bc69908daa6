using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.Registers;

/// <summary>A row of <c>register_records</c> joined with its current version's document.</summary>
internal sealed class RegisterRecordRow
{
    /// <summary>The columns every query selects, with <c>r</c> the record and <c>v</c> its current version.</summary>
    public const string Columns = """
        r.id, r.tenant_id, r.kind, r.slug, r.lifecycle, r.current_version, r.review_date::text AS review_date,
        r.active_until::text AS active_until, r.do_not_show_after::text AS do_not_show_after, r.themes,
        r.personal_data, r.location, v.document::text AS document, r.published_at, r.created_at, r.updated_at
        """;

    /// <summary>The join from a record to its current version.</summary>
    public const string CurrentVersionJoin = """
        JOIN register_record_versions v ON v.record_id = r.id AND v.version = r.current_version
        """;

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

    public Point? Location { get; init; }

    public string Document { get; init; } = "{}";

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public RegisterRecord ToRecord() => new(
        new RegisterRecordId(Id),
        new TenantId(TenantId),
        RegisterKindNames.TryParse(Kind, out var kind) ? kind : throw new InvalidDataException($"Bad register kind '{Kind}'."),
        Slug,
        RecordLifecycleNames.TryParse(Lifecycle, out var lifecycle)
            ? lifecycle
            : throw new InvalidDataException($"Bad lifecycle '{Lifecycle}'."),
        CurrentVersion,
        new RecordDates(Date(ReviewDate), Date(ActiveUntil), Date(DoNotShowAfter)),
        Themes,
        PersonalData,
        Location,
        JsonDocument.Parse(Document).RootElement.Clone(),
        PublishedAt,
        CreatedAt,
        UpdatedAt);

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
