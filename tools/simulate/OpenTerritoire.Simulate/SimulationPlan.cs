using System.Text.Json;

namespace OpenTerritoire.Simulate;

/// <summary>Which feeds to post to (id, token, kind) and which devices each carries (DevEUI, model).</summary>
public sealed record SimulationPlan(IReadOnlyList<SimulatedFeed> Feeds)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static SimulationPlan Load(string path) =>
        JsonSerializer.Deserialize<SimulationPlan>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} is not a simulation plan.");
}
