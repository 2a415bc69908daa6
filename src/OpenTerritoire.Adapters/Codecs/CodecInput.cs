using System.Text.Json;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>What a codec decodes: the LoRaWAN port and payload bytes, with what the network server added.</summary>
/// <param name="NetworkDecoded">The network server's own decoding of the payload, when it sent one.</param>
public sealed record CodecInput(
    int FPort,
    ReadOnlyMemory<byte> Bytes,
    DateTimeOffset? ReceivedAt = null,
    JsonElement? NetworkDecoded = null);
