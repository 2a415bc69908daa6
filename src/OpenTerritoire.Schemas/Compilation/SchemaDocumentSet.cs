using System.Collections.Concurrent;
using System.Text.Json;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>
/// The JSON Schema documents known locally, by absolute URI: <c>https://schemas.openterritoire.org/&lt;path&gt;</c> maps
/// to the file at <c>&lt;path&gt;</c> in the schemas folder; imported documents are added under their assigned and
/// declared <c>$id</c>. A reference to anything else is a load error, never a network call.
/// </summary>
internal sealed class SchemaDocumentSet
{
    /// <summary>The base of every <c>$id</c> of the project's schemas.</summary>
    public static readonly Uri BaseUri = new("https://schemas.openterritoire.org/");

    private readonly ConcurrentDictionary<string, JsonElement> documents = new(StringComparer.Ordinal);

    public void Add(Uri uri, JsonElement root) => documents[Key(uri)] = root;

    public bool TryGet(Uri uri, out JsonElement root) => documents.TryGetValue(Key(uri), out root);

    /// <summary>The URI of a file of the schemas folder, from its path relative to that folder.</summary>
    public static Uri UriOf(string relativePath) =>
        new(BaseUri, relativePath.Replace(Path.DirectorySeparatorChar, '/'));

    private static string Key(Uri uri) => uri.GetLeftPart(UriPartial.Query);
}
