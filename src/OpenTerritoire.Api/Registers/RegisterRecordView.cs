using System.Text.Json;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>A record as the management API shows it to its tenant.</summary>
public sealed record RegisterRecordView(
    long Id,
    string Kind,
    string Slug,
    string Lifecycle,
    int Version,
    DateOnly? ReviewDate,
    DateOnly? ActiveUntil,
    DateOnly? DoNotShowAfter,
    bool ReviewOverdue,
    bool PastActiveUntil,
    DateTimeOffset? PublishedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    JsonElement Document)
{
    /// <summary>Present on a single record: the completeness score and its parts.</summary>
    public CompletenessScore? Completeness { get; init; }

    /// <summary>Present on a single record: its links.</summary>
    public IReadOnlyList<RegisterLinkView>? Links { get; init; }

    public static RegisterRecordView From(RegisterRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(
            record.Id.Value, RegisterKindNames.ToName(record.Kind), record.Slug, RecordLifecycleNames.ToName(record.Lifecycle),
            record.CurrentVersion, record.Dates.ReviewDate, record.Dates.ActiveUntil, record.Dates.DoNotShowAfter,
            record.Dates.IsReviewOverdue(today), record.Dates.IsPastActiveUntil(today), record.PublishedAt,
            record.CreatedAt, record.UpdatedAt, record.Document);
    }
}
