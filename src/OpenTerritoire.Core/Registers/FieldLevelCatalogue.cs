using System.Text.Json;

namespace OpenTerritoire.Core.Registers;

/// <summary>The fields of a transparency schema with their <c>x-level</c>, read once from the schema document.</summary>
public sealed class FieldLevelCatalogue
{
    private FieldLevelCatalogue(IReadOnlyList<FieldRequirement> fields) => Fields = fields;

    public IReadOnlyList<FieldRequirement> Fields { get; }

    /// <summary>Walks the root's properties and those of nested objects (not of array items).</summary>
    public static FieldLevelCatalogue FromSchema(JsonElement schema)
    {
        var fields = new List<FieldRequirement>();
        Walk(schema, [], fields);
        return new FieldLevelCatalogue(fields);
    }

    private static void Walk(JsonElement node, IReadOnlyList<string> path, List<FieldRequirement> fields)
    {
        if (!node.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var childPath = path.Append(property.Name).ToList();
            var level = property.Value.TryGetProperty("x-level", out var text) ? text.GetString() : null;
            var parsed = level switch
            {
                "required" => FieldLevel.Required,
                "recommended" => FieldLevel.Recommended,
                _ => FieldLevel.Optional,
            };
            fields.Add(new FieldRequirement(childPath, parsed));
            Walk(property.Value, childPath, fields);
        }
    }
}
