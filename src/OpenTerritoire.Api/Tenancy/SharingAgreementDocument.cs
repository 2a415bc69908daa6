using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Api.Tenancy;

/// <summary>A sharing agreement on the wire.</summary>
public sealed record SharingAgreementDocument(
    long Id,
    long ProviderId,
    long ConsumerId,
    IReadOnlyList<long> DatastreamIds,
    IReadOnlyList<long> DatasetIds,
    string Purpose,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    public static SharingAgreementDocument From(SharingAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return new(
            agreement.Id.Value, agreement.ProviderId.Value, agreement.ConsumerId.Value,
            agreement.DatastreamIds.Select(id => id.Value).ToList(), agreement.DatasetIds.Select(id => id.Value).ToList(),
            agreement.Purpose, agreement.StartsOn, agreement.EndsOn, agreement.CreatedAt, agreement.CreatedBy);
    }
}
