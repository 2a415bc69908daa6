namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// The format of the uplinks on one LoRaWAN port: fixed fields, a TLV stream, or both (fields first).
/// </summary>
/// <param name="Length">The exact payload length of this format, when it has one.</param>
/// <param name="Warnings">Conditions on decoded fields under which the codec warns.</param>
public sealed record ByteLayoutPort(
    int FPort,
    int? Length,
    IReadOnlyList<ByteLayoutField> Fields,
    ByteLayoutTlv? Tlv,
    IReadOnlyList<ByteLayoutWarning> Warnings);
