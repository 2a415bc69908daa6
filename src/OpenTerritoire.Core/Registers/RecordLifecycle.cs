namespace OpenTerritoire.Core.Registers;

/// <summary>Where a register record stands: only <see cref="Published"/> records are public.</summary>
public enum RecordLifecycle
{
    Draft,
    Published,
    Retired,
}
