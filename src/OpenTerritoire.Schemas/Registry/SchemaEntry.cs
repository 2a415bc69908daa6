using OpenTerritoire.Schemas.Compilation;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Schemas.Tabular;

namespace OpenTerritoire.Schemas.Registry;

/// <summary>One version of one schema in the registry, with what the catalogue shows and what validates.</summary>
public sealed record SchemaEntry(
    string Id,
    string Version,
    string Category,
    SchemaKind Kind,
    LocalizedText Title,
    string? Description,
    string? Theme,
    IReadOnlyList<ObservedPropertyDescriptor> ObservedProperties)
{
    /// <summary>The parsed Table Schema (for <see cref="SchemaKind.TableSchema"/>).</summary>
    public TableSchema? Table { get; init; }

    /// <summary>The file the schema was read from, or null for an import not yet persisted.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Which validator runs for this schema.</summary>
    public ValidationEngine Engine => Kind == SchemaKind.TableSchema
        ? ValidationEngine.Table
        : Json?.Engine ?? ValidationEngine.None;

    internal JsonSchemaValidator? Json { get; init; }

    internal TableValidator? TableValidator { get; init; }

    /// <summary>True when the schema's root accepts an array, so a JSON array is one document, not a list of records.</summary>
    internal bool RootAcceptsArray { get; init; }

    /// <summary>Validates one JSON record against this JSON Schema, without business rules; issues go to <paramref name="sink"/>.</summary>
    /// <remarks>For the ingestion pipeline, which validates records it has mapped itself. A Table Schema has no records.</remarks>
    public void Validate(System.Text.Json.JsonElement record, ValidationReportBuilder sink, string pointerPrefix = "")
    {
        var validator = Json ?? throw new InvalidOperationException($"{Key} is a Table Schema; validate CSV through DocumentValidator.");
        validator.Validate(record, pointerPrefix, null, sink);
    }

    /// <summary>Validates one JSON record from its UTF-8 text in one pass when the schema allows, without business rules.</summary>
    /// <remarks>Malformed text gives one <c>json.malformed</c> entry; the text must be valid UTF-8.</remarks>
    public void Validate(ReadOnlySpan<byte> utf8Record, ValidationReportBuilder sink, string pointerPrefix = "")
    {
        var validator = Json ?? throw new InvalidOperationException($"{Key} is a Table Schema; validate CSV through DocumentValidator.");
        validator.Validate(utf8Record, pointerPrefix, null, sink);
    }

    /// <summary><c>id@version</c>.</summary>
    public string Key => $"{Id}@{Version}";
}
