using System.Text;
using OpenTerritoire.Adapters.Envelopes;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Tests.Envelopes;

public sealed class ChirpStackV4EnvelopeReaderTests
{
    private static readonly DateTimeOffset HubTime = new(2026, 11, 23, 9, 31, 0, TimeSpan.Zero);
    private readonly ChirpStackV4EnvelopeReader reader = new();

    public static TheoryData<string, string, NetworkEventKind, string> Events => new()
    {
        { "join.json", "join", NetworkEventKind.Join, "join:2c4e6a8b-0d1f-4a3c-8e5b-7d9f1a3c5e7b" },
        { "status.json", "status", NetworkEventKind.Status, "status:3d5f7b9c-1e2a-4b4d-9f6c-8e0a2b4d6f8c" },
        { "ack.json", "ack", NetworkEventKind.Ack, "ack:6a8c0e2f-4b5d-4e7a-8c9f-1b3d5f7a9c1f" },
        { "txack.json", "txack", NetworkEventKind.TxAck, "txack:3216548790" },
        { "log.json", "log", NetworkEventKind.Log, "chirpstack-v4:log:A81758FFFE0A1B2C:2026-11-23T09:32:44.0000000Z" },
        { "location.json", "location", NetworkEventKind.Location, "location:8c0e2a4b-6d7f-4a9c-9e1b-3d5f7a9c1e3b" },
        {
            "integration.json", "integration", NetworkEventKind.Integration,
            "integration:9d1f3b5c-7e8a-4b0d-af2c-4e6a8c0e2f4c"
        },
    };

    public static TheoryData<string, string?, string, string> Failures => new()
    {
        { "up.json", null, EnvelopeIssues.UnknownEventCode, "query:event" },
        { "up.json", "uplink", EnvelopeIssues.UnknownEventCode, "query:event" },
        { "malformed.json", "up", EnvelopeIssues.MalformedJsonCode, "line:4:col:18" },
        { "bad-base64.json", "up", EnvelopeIssues.BadBase64Code, "/data" },
        { "missing-dev-eui.json", "up", EnvelopeIssues.MissingFieldCode, "/deviceInfo/devEui" },
        { "missing-device-info.json", "up", EnvelopeIssues.MissingFieldCode, "/deviceInfo" },
        { "missing-device-info.json", "join", EnvelopeIssues.MissingFieldCode, "/deviceInfo" },
        { "bad-dev-eui.json", "up", EnvelopeIssues.BadDevEuiCode, "/deviceInfo/devEui" },
        { "wrong-type-f-cnt.json", "up", EnvelopeIssues.WrongTypeCode, "/fCnt" },
        { "bad-time.json", "up", EnvelopeIssues.BadTimeCode, "/time" },
    };

    [Fact]
    public void Read_Up_ReturnsDeviceFramePayloadAndRadio()
    {
        var result = reader.Read(Sample("up.json"), "application/json", Context("up"));

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        Assert.Equal("7b9f1c2e-4d5a-4e8b-9c1f-0a2b3c4d5e6f", result.Value.NaturalKey);
        var uplink = Assert.Single(result.Value.Uplinks);
        Assert.Equal("A81758FFFE0A1B2C", uplink.DevEui.Value);
        Assert.Equal("ecole-jules-ferry-salle-3", uplink.VendorDeviceId);
        Assert.Equal(5, uplink.FPort);
        Assert.Equal(2211, uplink.FrameCounter);
        Assert.Equal(Convert.FromHexString("0100E202290400270506060308"), uplink.Payload.ToArray());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 30, 12, TimeSpan.Zero).AddTicks(4183369), uplink.ReceivedAt);
        Assert.Equal(776, uplink.NetworkDecoded!.Value.GetProperty("co2").GetInt32());
        Assert.Equal(new RadioMetadata(-87, 9.25, 2, 7), uplink.Radio);
    }

    [Fact]
    public void Read_UpWithZeroFieldsOmitted_ReadsThemAsZero()
    {
        var result = reader.Read(Sample("up-zero-fields-omitted.json"), null, Context("up"));

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        var uplink = Assert.Single(result.Value.Uplinks);
        Assert.Equal(0, uplink.FrameCounter);
        Assert.Null(uplink.NetworkDecoded);
        Assert.Equal(new RadioMetadata(-87, 0, 1, 7), uplink.Radio);
    }

    [Fact]
    public void Read_MacOnlyUpWithoutDeduplicationId_KeysOnDeviceCounterAndTime()
    {
        var result = reader.Read(Sample("up-mac-only.json"), null, Context("up"));

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        var uplink = Assert.Single(result.Value.Uplinks);
        Assert.Equal((0, 0L, true), (uplink.FPort, uplink.FrameCounter, uplink.Payload.IsEmpty));
        Assert.Equal("chirpstack-v4:up:A81758FFFE0A1B2C:0:2026-11-23T09:30:12.4183369Z", result.Value.NaturalKey);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Read_OtherEvent_ReturnsAnEventToArchive(
        string file,
        string eventType,
        NetworkEventKind kind,
        string key)
    {
        var result = reader.Read(Sample(file), "application/json", Context(eventType));

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        Assert.False(result.Value.CarriesData);
        Assert.Equal((kind, key), (result.Value.Kind, result.Value.NaturalKey));
        Assert.Equal(eventType, result.Value.Event!.Type);
        Assert.Equal("A81758FFFE0A1B2C", result.Value.Event.DevEui?.Value);
    }

    [Theory]
    [InlineData("status.json", 87.4, 7, false)]
    [InlineData("status-zero-omitted.json", 0d, 0, false)]
    [InlineData("status-external-power.json", null, 12, true)]
    public void Read_Status_ReadsBatteryMarginAndPower(string file, double? battery, int margin, bool external)
    {
        var result = reader.Read(Sample(file), null, Context("status"));

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        var status = result.Value.Event!;
        Assert.Equal(
            (battery, (int?)margin, (bool?)external),
            (status.BatteryLevel, status.Margin, status.ExternalPowerSource));
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Read_BadMessage_ReturnsIssueWithCodeAndPointer(
        string file,
        string? eventType,
        string code,
        string pointer)
    {
        var result = reader.Read(Sample(file), "application/json", Context(eventType));

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((code, pointer), (issue.Code, issue.Pointer));
    }

    [Fact]
    public void Read_ProtobufMarshaller_ReturnsUnsupportedMediaType()
    {
        var result = reader.Read(new byte[] { 0x0A, 0x24 }, "application/octet-stream", Context("up"));

        Assert.Equal(EnvelopeIssues.UnsupportedMediaTypeCode, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Read_UpWithoutTime_UsesTheHubTime()
    {
        var body = """{"deviceInfo": {"devEui": "a81758fffe0a1b2c"}, "fPort": 5, "data": "AgE="}""";

        var result = reader.Read(Encoding.UTF8.GetBytes(body), null, Context("up"));

        Assert.Equal(HubTime, Assert.Single(result.Value.Uplinks).ReceivedAt);
    }

    [Fact]
    public void Kind_IsChirpStackV4() => Assert.Equal(FeedKind.ChirpStackV4, reader.Kind);

    private static EnvelopeContext Context(string? eventType) => new(HubTime, eventType);

    private static byte[] Sample(string file) => TestData.ReadBytes("Samples/chirpstack-v4/" + file);
}
