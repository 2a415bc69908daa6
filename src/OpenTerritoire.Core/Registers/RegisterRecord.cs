using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Registers;

/// <summary>A sensor or algorithm record of a tenant, with its current version's document.</summary>
/// <param name="Slug">The document's <c>id</c>, unique per tenant and kind.</param>
/// <param name="Document">The current version's document, as validated against the transparency schema.</param>
public sealed record RegisterRecord(
    RegisterRecordId Id,
    TenantId TenantId,
    RegisterKind Kind,
    string Slug,
    RecordLifecycle Lifecycle,
    int CurrentVersion,
    RecordDates Dates,
    IReadOnlyList<string> Themes,
    bool PersonalData,
    Point? Location,
    JsonElement Document,
    DateTimeOffset? PublishedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
