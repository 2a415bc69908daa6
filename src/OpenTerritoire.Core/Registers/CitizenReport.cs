using NetTopologySuite.Geometries;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Registers;

/// <summary>A resident's report: no name, no address, no contact is asked for.</summary>
/// <param name="RecordId">The sensor record concerned; null for a sensor missing from the register.</param>
/// <param name="Location">Where the sensor is, for an unregistered one.</param>
public sealed record CitizenReport(
    long Id,
    TenantId TenantId,
    RegisterRecordId? RecordId,
    CitizenReportKind Kind,
    string Message,
    Point? Location,
    DateTimeOffset CreatedAt);
