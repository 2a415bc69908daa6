namespace OpenTerritoire.Simulate.Devices;

/// <summary>
/// Nwave NPS405-like in-ground parking sensor. fPort 1: bit 0 occupied, bits 1–7 the previous state's duration in
/// minutes, compressed (&lt;90 exact; 90–119 → 90 + (v − 90) × 5; 120–126 → 240 + (v − 120) × 60; 127 overflow).
/// fPort 2 heartbeat: occupied, battery mV = 2500 + 4 × byte 1, temperature = int8(byte 2) / 2 + 10.
/// </summary>
public sealed class NwaveParkingSensor : IDeviceModel
{
    public string Model => "nwave/nps405";

    public SimulatedUplink Next(DeviceState state, DateTimeOffset time, Random random)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(random);
        if (random.NextDouble() < 0.15)
        {
            var battery = (byte)Math.Clamp((3300 - 2500) / 4 + random.Next(-5, 5), 0, 255);
            var temperature = (sbyte)Math.Clamp((random.Next(5, 25) - 10) * 2, -128, 127);
            return new SimulatedUplink(2, [(byte)(state.Occupied ? 1 : 0), battery, unchecked((byte)temperature), 0x00, 0x59, 0x0B]);
        }

        var minutes = (int)Math.Max(0, (time - state.Since).TotalMinutes);
        state.Occupied = !state.Occupied;
        state.Since = time;
        return new SimulatedUplink(1, [(byte)((Compress(minutes) << 1) | (state.Occupied ? 1 : 0))]);
    }

    internal static int Compress(int minutes) => minutes switch
    {
        < 90 => minutes,
        < 240 => 90 + ((minutes - 90) / 5),
        < 660 => 120 + ((minutes - 240) / 60),
        _ => 127,
    };
}
