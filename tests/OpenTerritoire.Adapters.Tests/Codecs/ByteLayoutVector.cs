using System.Text.Json;

namespace OpenTerritoire.Adapters.Tests.Codecs;

/// <summary>One row of Vectors/byte-layout-vectors.json: a payload of a model and the fields it decodes to.</summary>
public sealed record ByteLayoutVector(string Model, string Name, int FPort, string Hex, JsonElement Expected)
{
    public static IReadOnlyList<ByteLayoutVector> All { get; } = Load();

    public override string ToString() => $"{Model}: {Name}";

    private static List<ByteLayoutVector> Load()
    {
        using var document = JsonDocument.Parse(TestData.ReadText("Vectors/byte-layout-vectors.json"));
        return document.RootElement.EnumerateArray()
            .Select(row => new ByteLayoutVector(
                row.GetProperty("model").GetString()!,
                row.GetProperty("name").GetString()!,
                row.GetProperty("fPort").GetInt32(),
                row.GetProperty("hex").GetString()!,
                row.GetProperty("expected").Clone()))
            .ToList();
    }
}
