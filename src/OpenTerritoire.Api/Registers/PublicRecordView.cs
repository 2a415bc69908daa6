using System.Text.Json;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Storage.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>A record as the public register shows it: its document, flags, completeness and public links.</summary>
public sealed record PublicRecordView(
    long Id,
    string Url,
    string Tenant,
    string Kind,
    int Version,
    DateTimeOffset? PublishedAt,
    bool PastActiveUntil,
    bool ReviewOverdue,
    int Completeness,
    JsonElement Document,
    IReadOnlyList<RegisterLinkView> Links)
{
    public static PublicRecordView From(PublishedRecord published, RegisterSchemas schemas, string baseUrl, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(schemas);
        var record = published.Record;
        var score = CompletenessScore.Compute(
            record.Document, schemas.Levels(record.Kind), published.Links.Count > 0, record.Dates.ReviewDate, today);
        return new(
            record.Id.Value, PublicUrls.Record(baseUrl, record.Kind, record.Id), published.TenantCode,
            RegisterKindNames.ToName(record.Kind), record.CurrentVersion, record.PublishedAt,
            record.Dates.IsPastActiveUntil(today), record.Dates.IsReviewOverdue(today), score.Score, record.Document,
            published.Links.Select(RegisterLinkView.From).ToList());
    }

    /// <summary>A string member of the document, or empty.</summary>
    public string Text(params string[] path)
    {
        var current = Document;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return string.Empty;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString() ?? string.Empty,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => current.GetRawText(),
            JsonValueKind.Array => string.Join('|', current.EnumerateArray().Select(item =>
                item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText())),
            _ => string.Empty,
        };
    }

    /// <summary>The [longitude, latitude] of the document's <c>location</c>, when it has one.</summary>
    public (double Longitude, double Latitude)? Position =>
        Document.TryGetProperty("location", out var location) && location.TryGetProperty("coordinates", out var coordinates)
            ? (coordinates[0].GetDouble(), coordinates[1].GetDouble())
            : null;
}
