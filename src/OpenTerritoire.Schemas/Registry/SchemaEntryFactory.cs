using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Schemas.Compilation;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Schemas.Tabular;

namespace OpenTerritoire.Schemas.Registry;

/// <summary>Turns one schema document into a <see cref="SchemaEntry"/>: reads its metadata and builds its validator.</summary>
internal sealed class SchemaEntryFactory(SchemaDocumentSet documents, string schemasDirectory)
{
    public Result<SchemaEntry> Create(
        string id, string version, string category, JsonElement root, Uri documentUri, string? sourcePath)
    {
        var isTable = TableSchemaReader.IsTableSchema(root);
        var title = TableSchemaReader.Localized(root, "x-title")
                    ?? new LocalizedText(TableSchemaReader.Text(root, "title") ?? id, TableSchemaReader.Text(root, "title") ?? id);
        var entry = new SchemaEntry(
            id,
            version,
            category,
            isTable ? SchemaKind.TableSchema : SchemaKind.JsonSchema,
            title,
            TableSchemaReader.Text(root, "description"),
            TableSchemaReader.Text(root, "x-theme"),
            ReadObservedProperties(root))
        {
            SourcePath = sourcePath,
        };

        if (isTable)
        {
            return TableSchemaReader.Read(root, id)
                .Map(table => entry with { Table = table, TableValidator = new TableValidator(table) });
        }

        var acceptsArray = root.TryGetProperty("type", out var type)
                           && (type.ValueKind == JsonValueKind.String ? type.GetString() == "array"
                               : type.ValueKind == JsonValueKind.Array
                                 && type.EnumerateArray().Any(item => item.GetString() == "array"));
        return BuildJsonValidator(root, documentUri, sourcePath)
            .Map(validator => entry with { Json = validator, RootAcceptsArray = acceptsArray });
    }

    private Result<JsonSchemaValidator> BuildJsonValidator(JsonElement root, Uri documentUri, string? sourcePath)
    {
        var compiled = JsonSchemaCompiler.Compile(documents, documentUri);
        if (!compiled.IsSuccess)
        {
            return Result.Failure<JsonSchemaValidator>(compiled.Issues);
        }

        if (compiled.Value.Root is { } node)
        {
            return Result.Success(JsonSchemaValidator.Compiled(node, compiled.Value.Streams));
        }

        // Start-up and import are the only callers; neither runs on a synchronisation context.
        var fallback = NJsonSchemaFallback.LoadAsync(root, sourcePath, schemasDirectory, CancellationToken.None)
            .GetAwaiter().GetResult();
        return fallback.Map(loaded => JsonSchemaValidator.WithNJsonSchema(loaded, compiled.Value.UnsupportedKeywords));
    }

    private static IReadOnlyList<ObservedPropertyDescriptor> ReadObservedProperties(JsonElement root)
    {
        if (!root.TryGetProperty("x-observedProperties", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return list.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.Object)
            .Select(item =>
            {
                var unit = item.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.Object ? u : default;
                return new ObservedPropertyDescriptor(
                    TableSchemaReader.Text(item, "property") ?? string.Empty,
                    TableSchemaReader.Text(item, "name") ?? string.Empty,
                    TableSchemaReader.Text(item, "definition") ?? string.Empty,
                    TableSchemaReader.Text(unit, "name"),
                    TableSchemaReader.Text(unit, "symbol"),
                    TableSchemaReader.Text(unit, "definition"),
                    TableSchemaReader.Text(item, "observationType") ?? string.Empty);
            })
            .ToArray();
    }
}
