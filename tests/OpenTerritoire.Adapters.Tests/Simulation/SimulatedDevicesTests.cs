using System.Text.Json;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Simulate.Devices;

namespace OpenTerritoire.Adapters.Tests.Simulation;

/// <summary>The simulator's payloads decode through the hub's own built-in layouts, so demo traffic is real traffic.</summary>
public sealed class SimulatedDevicesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Models => new() { "nwave/nps405", "elsys/ers-co2", "milesight-iot/em310-udl" };

    [Theory]
    [MemberData(nameof(Models))]
    public void Next_ManyUplinks_DecodeWithBuiltInLayout(string model)
    {
        IDeviceModel device = model switch
        {
            "nwave/nps405" => new NwaveParkingSensor(),
            "elsys/ers-co2" => new ElsysCo2Sensor(),
            _ => new MilesightBinSensor(),
        };
        var codec = CodecCatalogue.BuiltIn().Find(model);
        Assert.NotNull(codec);
        var state = new DeviceState("70B3D57ED005A1B2") { Since = Start };
        var random = new Random(7);

        for (var index = 0; index < 200; index++)
        {
            var uplink = device.Next(state, Start.AddMinutes(index * 17), random);
            var decoded = codec.Decode(new CodecInput(uplink.FPort, uplink.Bytes));

            Assert.True(decoded.IsSuccess, $"{model} uplink {Convert.ToHexString(uplink.Bytes)}: {string.Join(", ", decoded.Issues.Select(i => i.Code))}");
            Assert.Equal(JsonValueKind.Object, decoded.Value.Data.ValueKind);
        }
    }

    [Fact]
    public void NwaveParkingSensor_OccupancyUplink_DecodesToTheStateAndDuration()
    {
        var state = new DeviceState("70B3D57ED005A1B2") { Since = Start };
        var uplink = new NwaveParkingSensor().Next(state, Start.AddMinutes(74), new Random(1));
        while (uplink.FPort != 1)
        {
            uplink = new NwaveParkingSensor().Next(state, Start.AddMinutes(74), new Random(1));
        }

        var decoded = CodecCatalogue.BuiltIn().Find("nwave/nps405")!.Decode(new CodecInput(1, uplink.Bytes)).Value;

        Assert.Equal(state.Occupied, decoded.Data.GetProperty("occupied").GetBoolean());
        Assert.Equal(74, decoded.Data.GetProperty("previous_state_duration").GetInt32());
    }

    [Theory]
    [InlineData(74, 74)]
    [InlineData(100, 92)]
    [InlineData(300, 121)]
    [InlineData(5000, 127)]
    public void Compress_Minutes_FollowsTheVendorScale(int minutes, int expected)
    {
        Assert.Equal(expected, NwaveParkingSensor.Compress(minutes));
    }
}
