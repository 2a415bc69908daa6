namespace OpenTerritoire.Simulate;

/// <summary>One device of a feed.</summary>
public sealed record SimulatedDevice(string DevEui, string Model);
