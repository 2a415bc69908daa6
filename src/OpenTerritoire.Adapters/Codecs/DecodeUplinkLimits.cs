namespace OpenTerritoire.Adapters.Codecs;

/// <summary>What one call of a vendor JavaScript codec may use before the sandbox stops it.</summary>
/// <param name="Timeout">Wall-clock time for one decode, script set-up included.</param>
/// <param name="MemoryBytes">Bytes the script may allocate in one call.</param>
/// <param name="MaxStatements">Statements the script may run in one call.</param>
/// <param name="MaxRecursion">Depth of nested JavaScript calls.</param>
public sealed record DecodeUplinkLimits(TimeSpan Timeout, long MemoryBytes, int MaxStatements, int MaxRecursion)
{
    /// <summary>
    /// Ample for device-repository codecs, which decode a few dozen bytes in well under a millisecond.
    /// </summary>
    public static DecodeUplinkLimits Default { get; } = new(TimeSpan.FromMilliseconds(100), 16L << 20, 10_000_000, 256);
}
