using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>
/// Compiles a JSON Schema (draft 2020-12) once into a tree of <see cref="SchemaNode"/> validators over
/// <see cref="JsonElement"/>. <c>$ref</c> is resolved through the local <see cref="SchemaDocumentSet"/> only.
/// </summary>
/// <remarks>
/// A keyword this compiler does not implement is not ignored: the outcome lists it and the caller validates with
/// NJsonSchema instead, so a schema is never checked more loosely than written.
/// </remarks>
internal sealed class JsonSchemaCompiler
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "$defs", "definitions", "$anchor", "title", "description", "default",
        "examples", "deprecated", "readOnly", "writeOnly", "contentMediaType", "contentEncoding",
    };

    private readonly SchemaDocumentSet documents;
    private readonly Dictionary<string, SchemaNode> nodes = new(StringComparer.Ordinal);
    private readonly Queue<(SchemaNode Node, JsonElement Schema, Uri Base)> pending = new();
    private readonly List<string> unsupported = [];
    private readonly List<Issue> failures = [];
    private bool readsOtherProperties;

    private JsonSchemaCompiler(SchemaDocumentSet documents) => this.documents = documents;

    /// <summary>Compiles the document at <paramref name="documentUri"/>, which must be in the set.</summary>
    public static Result<CompilationOutcome> Compile(SchemaDocumentSet documents, Uri documentUri)
    {
        if (!documents.TryGet(documentUri, out var root))
        {
            return Result.Failure<CompilationOutcome>(
                ValidationIssues.RemoteReference.ToIssue(string.Empty, documentUri.ToString()));
        }

        var compiler = new JsonSchemaCompiler(documents);
        var node = compiler.NodeFor(documentUri, root, documentUri.GetLeftPart(UriPartial.Query) + "#");
        while (compiler.pending.TryDequeue(out var work))
        {
            compiler.Fill(work.Node, work.Schema, work.Base);
        }

        if (compiler.failures.Count > 0)
        {
            return Result.Failure<CompilationOutcome>(compiler.failures);
        }

        return Result.Success(compiler.unsupported.Count == 0
            ? new CompilationOutcome(node, [], !compiler.readsOtherProperties)
            : new CompilationOutcome(null, compiler.unsupported.Distinct(StringComparer.Ordinal).ToArray()));
    }

    private SchemaNode NodeFor(Uri baseUri, JsonElement schema, string location)
    {
        if (!nodes.TryGetValue(location, out var node))
        {
            node = new SchemaNode();
            nodes[location] = node;
            pending.Enqueue((node, schema, baseUri));
        }

        return node;
    }

    private SchemaNode Subschema(Uri baseUri, JsonElement schema) =>
        NodeFor(baseUri, schema, "anonymous:" + nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void Fill(SchemaNode node, JsonElement schema, Uri baseUri)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            node.Fill(null, [], []);
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            if (schema.ValueKind == JsonValueKind.False)
            {
                node.FillFalse();
            }
            else
            {
                unsupported.Add("non-object schema");
            }

            return;
        }

        if (schema.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String
            && Uri.TryCreate(baseUri, id.GetString(), out var rebased))
        {
            baseUri = rebased;
        }

        TypeKeyword? type = null;
        var anyType = new List<JsonKeyword>();
        var typed = new List<JsonKeyword>();
        var objectKeywords = false;
        var arrayKeywords = false;
        int? minLength = null;
        int? maxLength = null;
        foreach (var keyword in schema.EnumerateObject())
        {
            var name = keyword.Name;
            var value = keyword.Value;
            if (Annotations.Contains(name) || (name.StartsWith("x-", StringComparison.Ordinal) && name != "x-check"))
            {
                continue;
            }

            switch (name)
            {
                case "x-check":
                    // Informative in JSON Schemas (schemas/README.md): no schema.* code exists for it yet.
                    break;
                case "type":
                    type = CompileType(value);
                    break;
                case "enum" when value.ValueKind == JsonValueKind.Array:
                    anyType.Add(new EnumKeyword(value.EnumerateArray().ToArray(), isConst: false));
                    break;
                case "const":
                    anyType.Add(new EnumKeyword([value], isConst: true));
                    break;
                case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum"
                    when value.ValueKind == JsonValueKind.Number:
                    typed.Add(new NumberBoundKeyword(name, value.GetDouble()));
                    break;
                case "minLength" when value.TryGetInt32(out var min):
                    minLength = min;
                    break;
                case "maxLength" when value.TryGetInt32(out var max):
                    maxLength = max;
                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    if (PatternKeyword.TryCreate(value.GetString()!) is { } regex)
                    {
                        typed.Add(new PatternKeyword(regex, value.GetString()!));
                    }
                    else
                    {
                        unsupported.Add("pattern " + value.GetString());
                    }

                    break;
                case "format" when value.ValueKind == JsonValueKind.String:
                    if (FormatKeyword.Known.Contains(value.GetString()!))
                    {
                        typed.Add(new FormatKeyword(value.GetString()!));
                    }
                    else
                    {
                        unsupported.Add("format " + value.GetString());
                    }

                    break;
                case "minItems" or "maxItems" or "uniqueItems" or "prefixItems":
                    arrayKeywords = true;
                    break;
                case "items" when value.ValueKind != JsonValueKind.Array:
                    arrayKeywords = true;
                    break;
                case "properties" or "required" or "additionalProperties":
                    objectKeywords = true;
                    break;
                case "$ref" when value.ValueKind == JsonValueKind.String:
                    if (ResolveReference(baseUri, value.GetString()!) is { } target)
                    {
                        typed.Add(new RefKeyword(target));
                    }

                    break;
                case "oneOf" or "anyOf" or "allOf" when value.ValueKind == JsonValueKind.Array:
                    typed.Add(new CombinatorKeyword(
                        name, value.EnumerateArray().Select(branch => Subschema(baseUri, branch)).ToArray()));
                    break;
                default:
                    unsupported.Add(name);
                    break;
            }
        }

        if (minLength is not null || maxLength is not null)
        {
            typed.Add(new StringLengthKeyword(minLength, maxLength));
        }

        if (arrayKeywords)
        {
            typed.Add(CompileArray(schema, baseUri));
        }

        if (objectKeywords)
        {
            typed.Add(CompileObject(schema, baseUri));
        }

        node.Fill(type, anyType.ToArray(), typed.ToArray());
    }

    private TypeKeyword? CompileType(JsonElement value)
    {
        var names = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(item => item.GetString() ?? string.Empty).ToArray()
            : [value.GetString() ?? string.Empty];
        var types = JsonTypes.None;
        foreach (var name in names)
        {
            types |= name switch
            {
                "null" => JsonTypes.Null,
                "boolean" => JsonTypes.Boolean,
                "object" => JsonTypes.Object,
                "array" => JsonTypes.Array,
                "number" => JsonTypes.Number,
                "integer" => JsonTypes.Integer,
                "string" => JsonTypes.String,
                _ => JsonTypes.None,
            };
        }

        if (types == JsonTypes.None)
        {
            unsupported.Add("type " + value.GetRawText());
            return null;
        }

        return new TypeKeyword(types, string.Join(" | ", names));
    }

    private ArrayKeyword CompileArray(JsonElement schema, Uri baseUri)
    {
        int? minItems = schema.TryGetProperty("minItems", out var min) && min.TryGetInt32(out var m) ? m : null;
        int? maxItems = schema.TryGetProperty("maxItems", out var max) && max.TryGetInt32(out var x) ? x : null;
        var unique = schema.TryGetProperty("uniqueItems", out var u) && u.ValueKind == JsonValueKind.True;
        var prefix = schema.TryGetProperty("prefixItems", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(item => Subschema(baseUri, item)).ToArray()
            : [];
        var items = schema.TryGetProperty("items", out var i) ? Subschema(baseUri, i) : null;
        return new ArrayKeyword(minItems, maxItems, unique, prefix, items);
    }

    private ObjectKeyword CompileObject(JsonElement schema, Uri baseUri)
    {
        var required = schema.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(item => item.GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
            : [];
        var rules = new List<PropertyRule>();
        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                RequiredWhen? when = null;
                if (property.Value.ValueKind == JsonValueKind.Object
                    && property.Value.TryGetProperty("x-requiredWhen", out var condition)
                    && condition.TryGetProperty("pointer", out var pointer)
                    && condition.TryGetProperty("equals", out var equals))
                {
                    when = new RequiredWhen(pointer.GetString() ?? string.Empty, equals);
                    readsOtherProperties = true;
                }

                rules.Add(new PropertyRule(
                    property.Name, Subschema(baseUri, property.Value), required.Contains(property.Name), when));
            }
        }

        var known = rules.Select(rule => rule.Name).ToHashSet(StringComparer.Ordinal);
        var forbid = false;
        SchemaNode? additional = null;
        if (schema.TryGetProperty("additionalProperties", out var extra))
        {
            forbid = extra.ValueKind == JsonValueKind.False;
            additional = extra.ValueKind == JsonValueKind.Object ? Subschema(baseUri, extra) : null;
        }

        return new ObjectKeyword(rules, required.Where(name => !known.Contains(name)).ToArray(), forbid, additional);
    }

    private SchemaNode? ResolveReference(Uri baseUri, string reference)
    {
        if (!Uri.TryCreate(baseUri, reference, out var target))
        {
            failures.Add(ValidationIssues.RemoteReference.ToIssue(string.Empty, reference));
            return null;
        }

        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (!documents.TryGet(target, out var document))
        {
            failures.Add(ValidationIssues.RemoteReference.ToIssue(string.Empty, target.ToString()));
            return null;
        }

        if (fragment.Length > 0 && fragment[0] != '/')
        {
            unsupported.Add("$anchor reference " + reference);
            return null;
        }

        var current = document;
        foreach (var token in fragment.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(JsonPointer.Unescape))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, out var index)
                     && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                failures.Add(ValidationIssues.SchemaLoadFailed.ToIssue(string.Empty, reference, "an existing definition"));
                return null;
            }
        }

        var documentUri = new Uri(target.GetLeftPart(UriPartial.Query));
        return NodeFor(documentUri, current, documentUri + "#" + fragment);
    }
}
