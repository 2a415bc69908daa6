using OpenTerritoire.Adapters.Codecs;

namespace OpenTerritoire.Adapters.Tests.Codecs;

public sealed partial class ByteLayoutCodecTests
{
    private const string AxiomaFrame =
        "01AEAC986A003217000000000000000000008003800054000E400510004800024002000020000000000000000000000000" + "0000";

    public static TheoryData<string, int, string, string, string> Failures => new()
    {
        { "nwave/nps405", 9, "95", CodecIssues.UnknownFPortCode, "fPort" },
        { "nwave/nps405", 2, "00D3", CodecIssues.PayloadTooShortCode, "byte:2" },
        { "nwave/nps405", 10, "D11F34", CodecIssues.PayloadTooShortCode, "byte:3" },
        { "nwave/nps405", 1, "", CodecIssues.PayloadTooShortCode, "byte:0" },
        { "elsys/ers-co2", 1, "0100E20603", CodecIssues.PayloadTooShortCode, "byte:5" },
        { "elsys/ers-co2", 1, "0100E20329", CodecIssues.UnknownChannelCode, "byte:3" },
        { "milesight-iot/em310-udl", 85, "01755C03", CodecIssues.PayloadTooShortCode, "byte:4" },
        { "milesight-iot/em310-udl", 85, "01755C0999AA", CodecIssues.UnknownChannelCode, "byte:3" },
        { "axioma/qalcosonic-w1", 100, AxiomaFrame[..^2], CodecIssues.UnexpectedLengthCode, "byte:50" },
        { "axioma/qalcosonic-w1", 100, "02" + AxiomaFrame[2..], CodecIssues.UnexpectedValueCode, "byte:0" },
        { "axioma/qalcosonic-w1", 1, AxiomaFrame, CodecIssues.UnknownFPortCode, "fPort" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Decode_BadPayload_ReturnsIssueWithCodeAndPointer(
        string model,
        int fPort,
        string hex,
        string code,
        string pointer)
    {
        var codec = Catalogue.Find(model)!;

        var result = codec.Decode(new CodecInput(fPort, Convert.FromHexString(hex)));

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((code, pointer), (issue.Code, issue.Pointer));
    }

    [Fact]
    public void Decode_StartupWithUnnamedResetCause_WarnsAndOutputsNull()
    {
        var codec = Catalogue.Find("nwave/nps405")!;

        var result = codec.Decode(new CodecInput(3, Convert.FromHexString("0204090401")));

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Value.Data.GetProperty("reset_cause").ValueKind);
        Assert.Equal(["Field 'reset_cause': the value 4 has no name."], result.Value.Warnings);
    }

    [Fact]
    public void Decode_AxiomaWithHistoryMultiplier_WarnsFromTheLayout()
    {
        var codec = Catalogue.Find("axioma/qalcosonic-w1")!;
        var bytes = Convert.FromHexString(AxiomaFrame);
        bytes[50] = 0x04; // bits 322..327 from byte 10 are bits 2..7 of byte 50: multiplier 1

        var result = codec.Decode(new CodecInput(100, bytes));

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        Assert.Equal(1, result.Value.Data.GetProperty("history_multiplier").GetInt32());
        Assert.Single(result.Value.Warnings);
    }
}
