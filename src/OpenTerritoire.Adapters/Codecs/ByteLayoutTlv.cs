namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// A stream of repeated <c>key, value</c> entries (Elsys: one type byte; Milesight: channel id and type id) where
/// the key says how to read the value that follows.
/// </summary>
/// <param name="KeyLength">Bytes in a key (1 or 2).</param>
/// <param name="Entries">Entries by key, as upper-case hexadecimal (<c>"0175"</c>).</param>
public sealed record ByteLayoutTlv(int KeyLength, IReadOnlyDictionary<string, ByteLayoutTlvEntry> Entries);
