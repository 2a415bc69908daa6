using System.Globalization;
using System.Text;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// The public registers as RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they hold a comma, a quote
/// or a line break (quotes doubled). Lists are joined with <c>|</c>.
/// </summary>
public static class RegisterCsv
{
    private static readonly (string Header, Func<PublicRecordView, string> Value)[] Common =
    [
        ("id", view => view.Id.ToString(CultureInfo.InvariantCulture)),
        ("url", view => view.Url),
        ("tenant", view => view.Tenant),
        ("slug", view => view.Text("id")),
        ("version", view => view.Version.ToString(CultureInfo.InvariantCulture)),
        ("name", view => view.Text("name")),
        ("status", view => view.Text("status")),
        ("themes", view => view.Text("themes")),
        ("accountable_organisation", view => view.Text("accountableOrganisation", "name")),
        ("accountable_siren", view => view.Text("accountableOrganisation", "siren")),
        ("last_updated", view => view.Text("lastUpdated")),
        ("completeness", view => view.Completeness.ToString(CultureInfo.InvariantCulture)),
    ];

    private static readonly (string Header, Func<PublicRecordView, string> Value)[] SensorColumns =
    [
        ("category", view => view.Text("category")),
        ("sensor_type", view => view.Text("sensorType")),
        ("longitude", view => view.Position?.Longitude.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
        ("latitude", view => view.Position?.Latitude.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
        ("location_description", view => view.Text("locationDescription")),
        ("personal_data", view => view.Text("personalData", "processed")),
        ("edge_processing", view => view.Text("edgeProcessing")),
        ("retention_raw", view => view.Text("retention", "raw")),
        ("contact_email", view => view.Text("publicContact", "email")),
        ("active_until", view => view.Text("activeUntil")),
        ("past_active_until", view => view.PastActiveUntil ? "true" : "false"),
    ];

    private static readonly (string Header, Func<PublicRecordView, string> Value)[] AlgorithmColumns =
    [
        ("summary", view => view.Text("summary")),
        ("purpose", view => view.Text("purpose")),
        ("founds_individual_decisions", view => view.Text("foundsIndividualDecisions")),
        ("automation_degree", view => view.Text("automationDegree")),
        ("algorithm_type", view => view.Text("algorithmType")),
        ("contact_email", view => view.Text("contact", "email")),
    ];

    public static string Write(RegisterKind kind, IReadOnlyList<PublicRecordView> views)
    {
        ArgumentNullException.ThrowIfNull(views);
        var columns = Common.Concat(kind == RegisterKind.Sensor ? SensorColumns : AlgorithmColumns).ToList();
        var text = new StringBuilder();
        AppendRow(text, columns.Select(column => column.Header));
        foreach (var view in views)
        {
            AppendRow(text, columns.Select(column => column.Value(view)));
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
    }

    // RFC 4180 §2.6–2.7.
    private static string Quote(string field) => field.AsSpan().IndexOfAny(",\"\r\n") >= 0
        ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : field;
}
