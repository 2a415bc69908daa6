using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Tabular;

/// <summary>Reads a frictionless Table Schema document (ours or a schema.data.gouv.fr one) into a <see cref="TableSchema"/>.</summary>
public static class TableSchemaReader
{
    /// <summary>True when the document looks like a Table Schema (a <c>fields</c> array) rather than a JSON Schema.</summary>
    public static bool IsTableSchema(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array;

    public static Result<TableSchema> Read(JsonElement root, string fallbackName)
    {
        if (!IsTableSchema(root))
        {
            return Failure("/fields", null, "a fields array");
        }

        var fields = new List<TableField>();
        var index = 0;
        foreach (var element in root.GetProperty("fields").EnumerateArray())
        {
            var field = ReadField(element);
            if (field is null)
            {
                return Failure($"/fields/{index}", element.GetRawText(), "a name and a known type");
            }

            fields.Add(field);
            index++;
        }

        var schema = new TableSchema(Text(root, "name") ?? fallbackName, fields)
        {
            Title = Text(root, "title"),
            Description = Text(root, "description"),
            Version = Text(root, "version"),
            LocalizedTitle = Localized(root, "x-title"),
            Theme = Text(root, "x-theme"),
            PrimaryKey = Strings(root, "primaryKey") ?? [],
            MissingValues = Strings(root, "missingValues") ?? [string.Empty],
            Coordinates = root.TryGetProperty("x-coordinates", out var coordinates)
                          && Text(coordinates, "latitude") is { } latitude
                          && Text(coordinates, "longitude") is { } longitude
                ? new TableCoordinates(latitude, longitude)
                : null,
        };
        var unknownKey = schema.PrimaryKey.FirstOrDefault(key => schema.FindField(key) is null);
        return unknownKey is null ? Result.Success(schema) : Failure("/primaryKey", unknownKey, "a field name");
    }

    private static TableField? ReadField(JsonElement element)
    {
        if (Text(element, "name") is not { Length: > 0 } name || !TryReadType(Text(element, "type"), out var type))
        {
            return null;
        }

        var constraints = TableFieldConstraints.None;
        if (element.TryGetProperty("constraints", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            constraints = new TableFieldConstraints
            {
                Required = c.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True,
                Unique = c.TryGetProperty("unique", out var unique) && unique.ValueKind == JsonValueKind.True,
                Enum = Strings(c, "enum"),
                Pattern = Text(c, "pattern"),
                Minimum = Scalar(c, "minimum"),
                Maximum = Scalar(c, "maximum"),
                MinLength = c.TryGetProperty("minLength", out var min) && min.TryGetInt32(out var m) ? m : null,
                MaxLength = c.TryGetProperty("maxLength", out var max) && max.TryGetInt32(out var x) ? x : null,
            };
        }

        var field = new TableField(name, type, Text(element, "format") ?? "default", constraints)
        {
            Title = Text(element, "title"),
            Description = Text(element, "description"),
            Label = Localized(element, "x-label"),
            Unit = Text(element, "x-unit"),
            Check = Text(element, "x-check"),
        };
        if (Strings(element, "trueValues") is { } trueValues)
        {
            field = field with { TrueValues = trueValues };
        }

        if (Strings(element, "falseValues") is { } falseValues)
        {
            field = field with { FalseValues = falseValues };
        }

        return field;
    }

    private static bool TryReadType(string? text, out TableFieldType type)
    {
        type = (text ?? "string") switch
        {
            "string" => TableFieldType.String,
            "number" => TableFieldType.Number,
            "integer" => TableFieldType.Integer,
            "boolean" => TableFieldType.Boolean,
            "date" => TableFieldType.Date,
            "datetime" => TableFieldType.Datetime,
            "time" => TableFieldType.Time,
            "year" => TableFieldType.Year,
            "yearmonth" => TableFieldType.YearMonth,
            "duration" => TableFieldType.Duration,
            "geopoint" => TableFieldType.Geopoint,
            "object" => TableFieldType.Object,
            "array" => TableFieldType.Array,
            "any" => TableFieldType.Any,
            _ => (TableFieldType)(-1),
        };
        return Enum.IsDefined(type);
    }

    private static Result<TableSchema> Failure(string pointer, string? value, string expected) =>
        Result.Failure<TableSchema>(ValidationIssues.InvalidTableSchema.ToIssue(pointer, value, expected));

    internal static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal static LocalizedText? Localized(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
        && Text(value, "fr") is { } fr && Text(value, "en") is { } en
            ? new LocalizedText(fr, en)
            : null;

    private static string? Scalar(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.GetRawText();

    private static IReadOnlyList<string>? Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray()
                .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText())
                .ToArray(),
            _ => null,
        };
    }
}
