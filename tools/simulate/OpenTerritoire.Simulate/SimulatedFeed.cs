namespace OpenTerritoire.Simulate;

/// <summary>One feed of the plan.</summary>
/// <param name="Kind"><c>ttn-v3</c> or <c>chirpstack-v4</c>.</param>
public sealed record SimulatedFeed(string Id, string Token, string Kind, IReadOnlyList<SimulatedDevice> Devices);
