using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>A citizen report as its tenant sees it.</summary>
public sealed record CitizenReportView(
    long Id, string Kind, long? RecordId, string Message, double? Longitude, double? Latitude, DateTimeOffset CreatedAt)
{
    public static CitizenReportView From(CitizenReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, CitizenReportKindNames.ToName(report.Kind), report.RecordId?.Value, report.Message,
            report.Location?.X, report.Location?.Y, report.CreatedAt);
    }
}
