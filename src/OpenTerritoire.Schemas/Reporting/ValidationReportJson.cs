using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>The JSON form of a <see cref="ValidationReport"/>, as the API returns it and the raw archive keeps it.</summary>
public static class ValidationReportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>
    /// <c>{valid, schemaId, schemaVersion, engine, stats, entries: [{code, severity, category, pointer, …}], codes,
    /// truncated}</c>.
    /// </summary>
    public static JsonElement ToElement(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.SerializeToElement(
            new
            {
                report.Valid,
                report.SchemaId,
                report.SchemaVersion,
                report.Engine,
                report.Stats,
                Entries = report.Entries.Select(entry => new
                {
                    entry.Code,
                    entry.Severity,
                    entry.Category,
                    entry.Location.Pointer,
                    entry.Location.Row,
                    entry.Location.Column,
                    entry.Location.Field,
                    entry.Value,
                    entry.Expected,
                    entry.MessageEn,
                    entry.MessageFr,
                    entry.HintEn,
                    entry.HintFr,
                }),
                report.Codes,
                report.Truncated,
            },
            Options);
    }
}
