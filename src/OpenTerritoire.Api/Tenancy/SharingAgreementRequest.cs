namespace OpenTerritoire.Api.Tenancy;

/// <summary>
/// The body of <c>POST /api/sharing-agreements</c>. <c>provider</c> defaults to the caller's own tenant;
/// dates are <c>YYYY-MM-DD</c>, <c>endsOn</c> inclusive and optional.
/// </summary>
public sealed record SharingAgreementRequest(
    string? Provider,
    string? Consumer,
    IReadOnlyList<long>? DatastreamIds,
    IReadOnlyList<long>? DatasetIds,
    string? Purpose,
    string? StartsOn,
    string? EndsOn);
