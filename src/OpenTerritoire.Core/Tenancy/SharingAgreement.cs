using OpenTerritoire.Core.Catalog;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Core.Tenancy;

/// <summary>
/// A provider tenant lets a consumer tenant read some of its private datastreams, directly or through datasets,
/// for a stated purpose, from <see cref="StartsOn"/> to <see cref="EndsOn"/> inclusive (open-ended when null).
/// </summary>
public sealed record SharingAgreement(
    SharingAgreementId Id,
    TenantId ProviderId,
    TenantId ConsumerId,
    IReadOnlyList<DatastreamId> DatastreamIds,
    IReadOnlyList<DatasetId> DatasetIds,
    string Purpose,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    /// <summary>True when the agreement is in force on that day.</summary>
    public bool IsInForceOn(DateOnly day) => StartsOn <= day && (EndsOn is not { } end || day <= end);
}
