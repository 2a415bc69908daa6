namespace OpenTerritoire.Schemas.Tests.Examples;

/// <summary>One example file of <c>schemas/</c>, as a theory row.</summary>
public sealed record SchemaExample(string Category, string SchemaId, string Version, bool Valid, string File)
{
    public string Path => OpenTerritoire.Testing.RepositoryRoot.Combine("schemas", Category, SchemaId, "examples", Valid ? "valid" : "invalid", File);

    public string ExpectedPath => System.IO.Path.ChangeExtension(Path, ".expected.json");

    public bool IsCsv => File.EndsWith(".csv", StringComparison.Ordinal);

    /// <summary>Every example of every schema (latest version of each schema folder).</summary>
    public static IEnumerable<SchemaExample> All()
    {
        var root = OpenTerritoire.Testing.RepositoryRoot.Combine("schemas");
        foreach (var category in new[] { "observations", "transparency", "operators" })
        {
            foreach (var folder in Directory.EnumerateDirectories(System.IO.Path.Combine(root, category)).Order(StringComparer.Ordinal))
            {
                var id = System.IO.Path.GetFileName(folder);
                var version = Directory.EnumerateFiles(folder, "*.schema.json")
                    .Select(file => System.IO.Path.GetFileName(file)[..^".schema.json".Length])
                    .Order(StringComparer.Ordinal)
                    .Last();
                foreach (var valid in new[] { true, false })
                {
                    var examples = System.IO.Path.Combine(folder, "examples", valid ? "valid" : "invalid");
                    if (!Directory.Exists(examples))
                    {
                        continue;
                    }

                    foreach (var file in Directory.EnumerateFiles(examples).Order(StringComparer.Ordinal))
                    {
                        var name = System.IO.Path.GetFileName(file);
                        if (!name.EndsWith(".expected.json", StringComparison.Ordinal))
                        {
                            yield return new SchemaExample(category, id, version, valid, name);
                        }
                    }
                }
            }
        }
    }

    public override string ToString() => $"{SchemaId}/{(Valid ? "valid" : "invalid")}/{File}";
}
