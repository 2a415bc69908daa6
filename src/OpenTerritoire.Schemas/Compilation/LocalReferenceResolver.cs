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

        return await JsonSchema.FromFileAsync(
            full, schema => new LocalReferenceResolver(
                new JsonSchemaAppender(schema, new DefaultTypeNameGenerator()), schemasDirectory),
            cancellationToken);
    }
}
