namespace OpenTerritoire.Simulate.Devices;

/// <summary>
/// Milesight EM310-UDL-like ultrasonic bin sensor, channel/type TLV on fPort 85: 01 75 battery %, 03 82 distance
/// uint16 LE mm, 04 00 position (0 normal, 1 tilt). The bin fills between collections.
/// </summary>
public sealed class MilesightBinSensor : IDeviceModel
{
    private const int EmptyDistanceMm = 1500;

    public string Model => "milesight-iot/em310-udl";

    public SimulatedUplink Next(DeviceState state, DateTimeOffset time, Random random)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(random);
        state.Level = state.Level >= 95 ? 5 : Math.Min(100, state.Level + random.NextDouble() * 6);
        var distance = (ushort)(EmptyDistanceMm * (1 - (state.Level / 100)) + 50);
        var tilt = random.NextDouble() < 0.01 ? (byte)1 : (byte)0;
        return new SimulatedUplink(85,
            [0x01, 0x75, (byte)random.Next(80, 100), 0x03, 0x82, (byte)distance, (byte)(distance >> 8), 0x04, 0x00, tilt]);
    }
}
