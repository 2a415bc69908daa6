using System.Text.Json;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// Takes the fields the network server's own codec decoded (TTS <c>decoded_payload</c>, ChirpStack <c>object</c>),
/// for feeds whose operator trusts that decoding.
/// </summary>
public sealed class NetworkDecodedCodec : IPayloadCodec
{
    public static NetworkDecodedCodec Instance { get; } = new();

    public Result<DecodedFields> Decode(CodecInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.NetworkDecoded is { ValueKind: JsonValueKind.Object } decoded
            ? Result.Success(new DecodedFields(decoded.Clone(), []))
            : Result.Failure<DecodedFields>(CodecIssues.NoNetworkDecoded());
    }
}
