namespace OpenTerritoire.Simulate.Devices;

/// <summary>
/// Elsys ERS CO2-like indoor sensor, type-length-value on fPort 1: 0x01 temperature int16 BE ÷ 10, 0x02 humidity %,
/// 0x04 light uint16 BE lux, 0x05 motion count, 0x06 CO₂ uint16 BE ppm.
/// </summary>
public sealed class ElsysCo2Sensor : IDeviceModel
{
    public string Model => "elsys/ers-co2";

    public SimulatedUplink Next(DeviceState state, DateTimeOffset time, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var occupiedHours = time.Hour is >= 8 and < 18;
        var temperature = (short)((occupiedHours ? 21.5 : 18.5) * 10 + random.Next(-8, 8));
        var humidity = (byte)random.Next(35, 55);
        var light = (ushort)(occupiedHours ? random.Next(150, 600) : random.Next(0, 10));
        var motion = (byte)(occupiedHours ? random.Next(0, 12) : 0);
        var co2 = (ushort)(occupiedHours ? random.Next(550, 1400) : random.Next(410, 480));
        return new SimulatedUplink(1,
        [
            0x01, (byte)(temperature >> 8), (byte)temperature,
            0x02, humidity,
            0x04, (byte)(light >> 8), (byte)light,
            0x05, motion,
            0x06, (byte)(co2 >> 8), (byte)co2,
        ]);
    }
}
