using System.Text.Json;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Api.Registers;

/// <summary>The transparency schema of each register (latest version) and its field levels, read once.</summary>
public sealed class RegisterSchemas
{
    private readonly Dictionary<RegisterKind, (string Version, FieldLevelCatalogue Levels)> schemas = [];

    public RegisterSchemas(SchemaRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var kind in Enum.GetValues<RegisterKind>())
        {
            var entry = registry.Find(SchemaRef.Latest(RegisterKindNames.SchemaId(kind))).Value;
            using var document = JsonDocument.Parse(File.ReadAllText(
                entry.SourcePath ?? throw new InvalidOperationException($"Schema {entry.Key} has no file.")));
            schemas[kind] = (entry.Version, FieldLevelCatalogue.FromSchema(document.RootElement));
        }
    }

    /// <summary>The version records of this kind are validated against.</summary>
    public SchemaRef Reference(RegisterKind kind) => new(RegisterKindNames.SchemaId(kind), schemas[kind].Version);

    public FieldLevelCatalogue Levels(RegisterKind kind) => schemas[kind].Levels;
}
