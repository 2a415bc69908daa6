using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Units;

namespace OpenTerritoire.Adapters.Mappings;

/// <summary>Reads a mapping definition (JSON) into a <see cref="RecordMapping"/>, reporting every mistake.</summary>
/// <example>
/// <code>
/// {"schema": "parking-space-occupancy@1.0.0",
///  "observedAt": "time",
///  "fields": [{"target": "occupied", "from": "occupied"},
///             {"target": "batteryLevel", "from": "battery", "scale": 100},
///             {"target": "temperature", "from": "temp", "fromUnit": "[degF]", "toUnit": "Cel"}]}
/// </code>
/// </example>
public static class RecordMappingParser
{
    public static Result<RecordMapping> Parse(JsonElement definition)
    {
        var issues = new List<Issue>();
        if (definition.ValueKind != JsonValueKind.Object)
        {
            return Result.Failure<RecordMapping>(MappingIssues.BadDefinition("", "it must be a JSON object", "elle doit être un objet JSON"));
        }

        var schema = definition.TryGetProperty("schema", out var schemaElement) && schemaElement.ValueKind == JsonValueKind.String
            ? schemaElement.GetString()!
            : null;
        var at = schema?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (schema is null || at <= 0 || at == schema.Length - 1)
        {
            issues.Add(MappingIssues.BadDefinition("/schema", "\"schema\" must be \"<id>@<version>\"", "« schema » doit valoir « <id>@<version> »"));
        }

        string? timeSource = null;
        if (definition.TryGetProperty("observedAt", out var time))
        {
            if (time.ValueKind == JsonValueKind.String)
            {
                timeSource = time.GetString();
            }
            else
            {
                issues.Add(MappingIssues.BadDefinition("/observedAt", "\"observedAt\" must be a field path", "« observedAt » doit être un chemin de champ"));
            }
        }

        var rules = new List<FieldRule>();
        if (!definition.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
        {
            issues.Add(MappingIssues.BadDefinition("/fields", "\"fields\" must be an array", "« fields » doit être un tableau"));
        }
        else
        {
            var index = 0;
            foreach (var field in fields.EnumerateArray())
            {
                var rule = ParseRule(field, $"/fields/{index++}", issues);
                if (rule is not null)
                {
                    rules.Add(rule);
                }
            }
        }

        return issues.Count > 0
            ? Result.Failure<RecordMapping>(issues)
            : Result.Success(new RecordMapping(schema![..at], schema[(at + 1)..], timeSource, rules));
    }

    private static FieldRule? ParseRule(JsonElement field, string pointer, List<Issue> issues)
    {
        if (field.ValueKind != JsonValueKind.Object || !field.TryGetProperty("target", out var target)
            || target.ValueKind != JsonValueKind.String)
        {
            issues.Add(MappingIssues.BadDefinition(pointer, "each field needs a \"target\"", "chaque champ doit avoir une « target »"));
            return null;
        }

        var source = OptionalString(field, "from");
        JsonElement? constant = field.TryGetProperty("constant", out var value) ? value.Clone() : null;
        if ((source is null) == (constant is null))
        {
            issues.Add(MappingIssues.BadDefinition(pointer, "give exactly one of \"from\" and \"constant\"",
                "indiquez exactement un de « from » et « constant »"));
            return null;
        }

        var fromUnit = OptionalString(field, "fromUnit");
        var toUnit = OptionalString(field, "toUnit");
        if ((fromUnit is null) != (toUnit is null))
        {
            issues.Add(MappingIssues.BadDefinition(pointer, "\"fromUnit\" and \"toUnit\" go together", "« fromUnit » et « toUnit » vont ensemble"));
        }
        else if (fromUnit is not null && !UnitConversion.CanConvert(fromUnit, toUnit!))
        {
            issues.Add(UnitConversion.DimensionOf(fromUnit) is null ? MappingIssues.UnknownUnit(pointer + "/fromUnit", fromUnit)
                : UnitConversion.DimensionOf(toUnit!) is null ? MappingIssues.UnknownUnit(pointer + "/toUnit", toUnit!)
                : MappingIssues.IncompatibleUnits(pointer, fromUnit, toUnit!));
        }

        Dictionary<string, JsonElement>? values = null;
        if (field.TryGetProperty("values", out var table))
        {
            if (table.ValueKind != JsonValueKind.Object)
            {
                issues.Add(MappingIssues.BadDefinition(pointer + "/values", "\"values\" must be an object", "« values » doit être un objet"));
            }
            else
            {
                values = table.EnumerateObject().ToDictionary(entry => entry.Name, entry => entry.Value.Clone(), StringComparer.Ordinal);
            }
        }

        return new FieldRule(
            target.GetString()!, source, OptionalNumber(field, "scale"), OptionalNumber(field, "offset"),
            fromUnit, toUnit, values, constant);
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? OptionalNumber(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
