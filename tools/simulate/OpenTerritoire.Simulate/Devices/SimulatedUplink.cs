namespace OpenTerritoire.Simulate.Devices;

/// <summary>What a simulated device sends: a LoRaWAN port and payload bytes.</summary>
public sealed record SimulatedUplink(int FPort, byte[] Bytes);
