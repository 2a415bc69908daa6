using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.References;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>An NJsonSchema reference resolver that maps the project's schema URLs to the schemas folder and refuses
/// everything else, so loading a schema never makes a network call.</summary>
internal sealed class LocalReferenceResolver(JsonSchemaAppender appender, string schemasDirectory)
    : JsonReferenceResolver(appender)
{
    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken)
    {
        var uri = new Uri(url);
        if (!SchemaDocumentSet.BaseUri.IsBaseOf(uri))
        {
            throw new InvalidOperationException("Remote schema reference refused: " + url);
        }

        var relative = SchemaDocumentSet.BaseUri.MakeRelativeUri(new Uri(uri.GetLeftPart(UriPartial.Path))).ToString();
        return ResolveFileReferenceAsync(Path.Combine(schemasDirectory, relative), cancellationToken);
    }

    public override async Task<IJsonReference> ResolveFileReferenceAsync(
        string filePath, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(filePath);
        if (!full.StartsWith(Path.GetFullPath(schemasDirectory), StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Schema reference outside the schemas folder refused: " + filePath);
        }

        var text = await File.ReadAllTextAsync(full, cancellationToken);
        return await JsonSchema.FromJsonAsync(
            AnchorInternalReferences(text, full), full, schema => new LocalReferenceResolver(
                new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()), schemasDirectory),
            cancellationToken);
    }

    /// <summary>
    /// Rewrites <c>#/...</c> references of a referenced document to <c>&lt;its path&gt;#/...</c>: NJsonSchema otherwise
    /// resolves them against the referencing root document (<c>Could not resolve the path '#/$defs/entityRef'</c>).
    /// </summary>
    private static string AnchorInternalReferences(string json, string path)
    {
        var node = JsonNode.Parse(json);
        Anchor(node, path);
        return node?.ToJsonString() ?? json;
    }

    private static void Anchor(JsonNode? node, string path)
    {
        if (node is JsonObject obj)
        {
            if (obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var text)
                && text.StartsWith('#'))
            {
                obj["$ref"] = path + text;
            }

            foreach (var (_, child) in obj.ToList())
            {
                Anchor(child, path);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                Anchor(child, path);
            }
        }
    }
}
