namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// Bits read from the field's first byte on: with <see cref="LeastSignificantFirst"/>, bit 0 is the lowest bit of
/// that byte and values are packed little-endian (Axioma's 14-bit deltas); otherwise bit 0 is its highest bit.
/// </summary>
public sealed record BitRange(int Offset, int Length, bool LeastSignificantFirst);
