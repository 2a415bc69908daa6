namespace OpenTerritoire.Api.Registers;

/// <summary>
/// The body of a citizen report: <c>kind</c> (problem, removal-request, unregistered-sensor), <c>message</c>, and
/// either <c>recordId</c> (a public sensor record) or <c>tenant</c> (a code), with an optional position. No personal
/// data is asked for.
/// </summary>
public sealed record CitizenReportRequest(
    string? Kind, string? Message, long? RecordId, string? Tenant, double? Longitude, double? Latitude);
