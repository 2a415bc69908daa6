using System.Text.Json;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Adapters.Envelopes;

namespace OpenTerritoire.Adapters.Tests.Codecs;

public sealed class NetworkDecodedCodecTests
{
    private static readonly EnvelopeContext Context = new(new DateTimeOffset(2026, 11, 23, 8, 15, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(null)]
    [InlineData("[1, 2]")]
    [InlineData("\"occupied\"")]
    public void Decode_NoDecodedObject_ReturnsNoNetworkDecoded(string? decoded)
    {
        JsonElement? element = decoded is null ? null : JsonDocument.Parse(decoded).RootElement.Clone();

        var result = NetworkDecodedCodec.Instance.Decode(new CodecInput(1, new byte[] { 0x95 }, null, element));

        var issue = Assert.Single(result.Issues);
        Assert.Equal((CodecIssues.NoNetworkDecodedCode, "decoded_payload"), (issue.Code, issue.Pointer));
    }

    [Fact]
    public void Decode_TtnUplinkWithDecodedPayload_MatchesOurOwnLayout()
    {
        var uplink = new TtnV3EnvelopeReader().Read(TestData.ReadBytes("Samples/ttn-v3/uplink.json"), null, Context)
            .Value.Uplinks[0];
        var input = new CodecInput(uplink.FPort, uplink.Payload, uplink.ReceivedAt, uplink.NetworkDecoded);

        var network = NetworkDecodedCodec.Instance.Decode(input);
        var ours = CodecCatalogue.BuiltIn().Find("nwave/nps405")!.Decode(input);

        Assert.True(network.IsSuccess && ours.IsSuccess);
        Assert.True(JsonEquivalence.AreEqual(network.Value.Data, ours.Value.Data));
    }
}
