using System.Text;
using OpenTerritoire.Adapters.Envelopes;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Tests.Envelopes;

public sealed class TtnV3EnvelopeReaderTests
{
    private static readonly DateTimeOffset HubTime = new(2026, 11, 23, 8, 15, 0, TimeSpan.Zero);
    private static readonly EnvelopeContext Context = new(HubTime);
    private readonly TtnV3EnvelopeReader reader = new();

    public static TheoryData<string, NetworkEventKind, string, string> Events => new()
    {
        { "join-accept.json", NetworkEventKind.Join, "join_accept", "as:up:01JD42JOIN0000000000000001" },
        { "downlink-ack.json", NetworkEventKind.Ack, "downlink_ack", "as:downlink:01JD43ACK00000000000000001" },
        {
            "location-solved.json", NetworkEventKind.Location, "location_solved",
            "as:location:01JD44LOC00000000000000001"
        },
        { "service-data.json", NetworkEventKind.Integration, "service_data", "as:packages:01JD45SVC00000000000000001" },
        { "uplink-normalized.json", NetworkEventKind.Integration, "uplink_normalized", "as:up:01JD46NORM0000000000000001" },
    };

    public static TheoryData<string, string, string> Failures => new()
    {
        { "malformed.json", EnvelopeIssues.MalformedJsonCode, "line:21:col:1" },
        { "bad-base64.json", EnvelopeIssues.BadBase64Code, "/uplink_message/frm_payload" },
        { "missing-dev-eui.json", EnvelopeIssues.MissingFieldCode, "/end_device_ids/dev_eui" },
        { "bad-dev-eui.json", EnvelopeIssues.BadDevEuiCode, "/end_device_ids/dev_eui" },
        { "wrong-type-f-port.json", EnvelopeIssues.WrongTypeCode, "/uplink_message/f_port" },
        { "f-port-out-of-range.json", EnvelopeIssues.WrongTypeCode, "/uplink_message/f_port" },
        { "bad-time.json", EnvelopeIssues.BadTimeCode, "/uplink_message/received_at" },
        { "wrong-type-rssi.json", EnvelopeIssues.WrongTypeCode, "/uplink_message/rx_metadata/0/rssi" },
        { "unknown-type.json", EnvelopeIssues.UnknownEventCode, "" },
        { "array.json", EnvelopeIssues.WrongTypeCode, "" },
    };

    [Fact]
    public void Read_Uplink_ReturnsDeviceFramePayloadAndRadio()
    {
        var result = reader.Read(Sample("uplink.json"), "application/json", Context);

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        var envelope = result.Value;
        Assert.Equal(NetworkEventKind.Uplink, envelope.Kind);
        Assert.Equal("as:up:01JD3ZK7X1QH6R0N2D5C8W4E7Y", envelope.NaturalKey);
        var uplink = Assert.Single(envelope.Uplinks);
        Assert.Equal("70B3D5E75E00A1C2", uplink.DevEui.Value);
        Assert.Equal("parking-rue-nationale-12", uplink.VendorDeviceId);
        Assert.Equal(1, uplink.FPort);
        Assert.Equal(4821, uplink.FrameCounter);
        Assert.Equal([0x95], uplink.Payload.ToArray());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 14, 3, TimeSpan.Zero).AddTicks(4982117), uplink.ReceivedAt);
        Assert.True(uplink.NetworkDecoded!.Value.GetProperty("occupied").GetBoolean());
        Assert.Equal(new RadioMetadata(-98, 3.5, 2, 9), uplink.Radio);
    }

    [Fact]
    public void Read_ZeroFieldsOmitted_ReadsThemAsZero()
    {
        var result = reader.Read(Sample("uplink-zero-fields-omitted.json"), null, Context);

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        var uplink = Assert.Single(result.Value.Uplinks);
        Assert.Equal(2, uplink.FPort);
        Assert.Equal(0, uplink.FrameCounter);
        Assert.Null(uplink.NetworkDecoded);
        Assert.Equal(new RadioMetadata(-112, 0, 1, 9), uplink.Radio);
        Assert.Equal(Convert.FromHexString("00D3D800590B"), uplink.Payload.ToArray());
    }

    [Fact]
    public void Read_MacOnlyUplinkWithoutApplicationServerId_KeysOnDeviceCounterAndTime()
    {
        var result = reader.Read(Sample("uplink-mac-only.json"), null, Context);

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        var uplink = Assert.Single(result.Value.Uplinks);
        Assert.Equal(0, uplink.FPort);
        Assert.Equal(0, uplink.FrameCounter);
        Assert.True(uplink.Payload.IsEmpty);
        Assert.Equal("ttn-v3:70B3D5E75E00A1C2:0:2026-11-23T08:14:03.4982117Z", result.Value.NaturalKey);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Read_OtherMessageType_ReturnsAnEventToArchive(
        string file,
        NetworkEventKind kind,
        string type,
        string naturalKey)
    {
        var result = reader.Read(Sample(file), "application/json; charset=utf-8", Context);

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        var envelope = result.Value;
        Assert.False(envelope.CarriesData);
        Assert.Equal(kind, envelope.Kind);
        Assert.Equal(naturalKey, envelope.NaturalKey);
        Assert.Equal(type, envelope.Event!.Type);
        Assert.Equal("70B3D5E75E00A1C2", envelope.Event.DevEui?.Value);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 7, 59, 41, 100, TimeSpan.Zero), envelope.Event.Time);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Read_BadMessage_ReturnsIssueWithCodeAndPointer(string file, string code, string pointer)
    {
        var result = reader.Read(Sample(file), "application/json", Context);

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((code, pointer), (issue.Code, issue.Pointer));
    }

    [Theory]
    [InlineData("", "application/json", EnvelopeIssues.EmptyBodyCode)]
    [InlineData("  \n ", null, EnvelopeIssues.EmptyBodyCode)]
    [InlineData("{}", "text/csv", EnvelopeIssues.UnsupportedMediaTypeCode)]
    [InlineData("{}", "application/octet-stream", EnvelopeIssues.UnsupportedMediaTypeCode)]
    public void Read_EmptyOrNotJson_ReturnsIssue(string body, string? contentType, string code)
    {
        var result = reader.Read(Encoding.UTF8.GetBytes(body), contentType, Context);

        Assert.Equal(code, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Read_SeveralFaults_ReportsEveryOne()
    {
        var body = """
            {"end_device_ids": {"dev_eui": "nope"},
             "uplink_message": {"f_port": "x", "frm_payload": "!!"}}
            """;

        var result = reader.Read(Encoding.UTF8.GetBytes(body), null, Context);

        Assert.Equal(
            [EnvelopeIssues.BadDevEuiCode, EnvelopeIssues.WrongTypeCode, EnvelopeIssues.BadBase64Code],
            result.Issues.Select(issue => issue.Code));
    }

    [Fact]
    public void Kind_IsTtnV3() => Assert.Equal(FeedKind.TtnV3, reader.Kind);

    private static byte[] Sample(string file) => TestData.ReadBytes("Samples/ttn-v3/" + file);
}
