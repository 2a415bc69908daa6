using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>A loaded JSON Schema, ready to validate records: compiled, or through NJsonSchema when it must be.</summary>
internal sealed class JsonSchemaValidator
{
    private readonly SchemaNode? root;
    private readonly NJsonSchemaFallback? fallback;

    private JsonSchemaValidator(SchemaNode? root, NJsonSchemaFallback? fallback, IReadOnlyList<string> unsupported)
    {
        this.root = root;
        this.fallback = fallback;
        UnsupportedKeywords = unsupported;
    }

    /// <summary>Which path validates: <see cref="ValidationEngine.Compiled"/> or <see cref="ValidationEngine.NJsonSchema"/>.</summary>
    public ValidationEngine Engine => root is not null ? ValidationEngine.Compiled : ValidationEngine.NJsonSchema;

    /// <summary>The keywords that sent this schema to NJsonSchema (empty when compiled).</summary>
    public IReadOnlyList<string> UnsupportedKeywords { get; }

    public static JsonSchemaValidator Compiled(SchemaNode root) => new(root, null, []);

    public static JsonSchemaValidator WithNJsonSchema(NJsonSchemaFallback fallback, IReadOnlyList<string> unsupported) =>
        new(null, fallback, unsupported);

    /// <summary>Validates one record; issues go to <paramref name="sink"/> with pointers after <paramref name="pointerPrefix"/>.</summary>
    public void Validate(JsonElement record, string pointerPrefix, long? recordIndex, ValidationReportBuilder sink)
    {
        var state = new JsonValidationState(record, pointerPrefix, recordIndex, sink);
        if (root is not null)
        {
            root.Validate(record, state);
        }
        else
        {
            fallback!.Validate(record, state);
        }
    }
}
