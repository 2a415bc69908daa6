using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>The vendor fields a codec decoded, in the codec's order, with the codec's warnings.</summary>
/// <param name="Data">A JSON object: field name → value.</param>
public sealed record DecodedFields(JsonElement Data, IReadOnlyList<string> Warnings)
{
    /// <summary>Freezes a built object into decoded fields.</summary>
    public static DecodedFields FromObject(JsonObject data, IReadOnlyList<string> warnings) =>
        new(JsonSerializer.SerializeToElement(data), warnings);

    /// <summary>The field names, in order.</summary>
    public IEnumerable<string> Names => Data.EnumerateObject().Select(property => property.Name);

    /// <summary>The value of a field, when the codec produced it.</summary>
    public bool TryGet(string name, out JsonElement value) => Data.TryGetProperty(name, out value);
}
