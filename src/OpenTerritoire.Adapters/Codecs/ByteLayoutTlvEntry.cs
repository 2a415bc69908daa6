namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// How to read the value after one TLV key: its length and fields, whose offsets count from the value.
/// </summary>
public sealed record ByteLayoutTlvEntry(string Key, int Length, IReadOnlyList<ByteLayoutField> Fields);
