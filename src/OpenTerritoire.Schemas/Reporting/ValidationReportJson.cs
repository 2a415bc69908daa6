using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>The JSON form of a report, with stable camelCase names and enums as camelCase strings.</summary>
/// <remarks>
/// Shape: <c>{"valid", "schemaId", "schemaVersion", "engine", "stats": {"records", "errors", "warnings",
/// "durationMs"}, "entries": [{"code", "severity", "category", "location": {"pointer", "record", "row", "column",
/// "field"}, "value", "expected", "messageEn", "messageFr", "hintEn", "hintFr"}], "codes": [{"code", "total",
/// "listed"}], "truncated"}</c>; absent values are omitted.
/// </remarks>
public static class ValidationReportJson
{
    /// <summary>The options the API, CLI and portal use for reports.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = ValidationReportJsonContext.Default,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(ValidationReport report) => JsonSerializer.Serialize(report, Options);

    /// <summary>The report as a JSON value, to store beside a quarantined message.</summary>
    public static JsonElement ToElement(ValidationReport report) => JsonSerializer.SerializeToElement(report, Options);

    public static Task WriteAsync(Stream output, ValidationReport report, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(output, report, Options, cancellationToken);

    /// <summary>Reads a report written by <see cref="Serialize"/>; null when the text is not one.</summary>
    public static ValidationReport? Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ValidationReport>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
