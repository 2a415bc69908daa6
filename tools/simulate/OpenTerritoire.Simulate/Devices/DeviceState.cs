namespace OpenTerritoire.Simulate.Devices;

/// <summary>What a simulated device remembers between uplinks (occupancy, meter index, frame counter).</summary>
public sealed class DeviceState(string devEui)
{
    public string DevEui { get; } = devEui;

    public int FrameCounter { get; set; }

    public bool Occupied { get; set; }

    public DateTimeOffset Since { get; set; }

    public long MeterLitres { get; set; } = 125_000;

    public double Level { get; set; } = 20;
}
