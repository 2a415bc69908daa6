namespace OpenTerritoire.Simulate.Devices;

/// <summary>A simulated device model: produces realistic payloads of one vendor's byte format.</summary>
public interface IDeviceModel
{
    /// <summary>The hub's model id (<c>nwave/nps405</c>).</summary>
    string Model { get; }

    /// <summary>The next uplink of a device of this model at a time, from a seeded random source.</summary>
    SimulatedUplink Next(DeviceState state, DateTimeOffset time, Random random);
}
