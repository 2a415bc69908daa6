using System.Text.Json;

namespace OpenTerritoire.Core.Registers;

/// <summary>The oversight view of one tenant's registers.</summary>
/// <param name="PersonalDataShare">Share (0–1) of sensor records that process personal data.</param>
/// <param name="LackingDpia">
/// Slugs of records that process personal data without a DPIA link: a sensor record without <c>dpiaUrl</c>, an
/// algorithm record whose <c>impactAssessments.dpia</c> has no <c>url</c>.
/// </param>
public sealed record RegisterDashboard(
    int Sensors,
    int Algorithms,
    int SensorsProcessingPersonalData,
    double PersonalDataShare,
    IReadOnlyList<string> LackingDpia,
    IReadOnlyList<string> ReviewsOverdue,
    IReadOnlyList<string> SensorsPastActiveUntil,
    IReadOnlyList<string> Unpublished)
{
    public static RegisterDashboard Compute(IReadOnlyList<RegisterRecord> records, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(records);
        var sensors = records.Where(record => record.Kind == RegisterKind.Sensor).ToList();
        var personal = sensors.Count(record => record.PersonalData);
        return new RegisterDashboard(
            sensors.Count,
            records.Count - sensors.Count,
            personal,
            sensors.Count == 0 ? 0 : Math.Round((double)personal / sensors.Count, 4),
            records.Where(record => record.PersonalData && !HasDpiaLink(record)).Select(Label).ToList(),
            records.Where(record => record.Dates.IsReviewOverdue(today)).Select(Label).ToList(),
            sensors.Where(record => record.Dates.IsPastActiveUntil(today)).Select(Label).ToList(),
            records.Where(record => record.Lifecycle == RecordLifecycle.Draft).Select(Label).ToList());
    }

    private static string Label(RegisterRecord record) => $"{RegisterKindNames.ToName(record.Kind)}/{record.Slug}";

    private static bool HasDpiaLink(RegisterRecord record) => record.Kind == RegisterKind.Sensor
        ? record.Document.TryGetProperty("dpiaUrl", out var url) && url.ValueKind == JsonValueKind.String
        : record.Document.TryGetProperty("impactAssessments", out var assessments)
            && assessments.TryGetProperty("dpia", out var dpia)
            && dpia.TryGetProperty("url", out var link) && link.ValueKind == JsonValueKind.String;
}
