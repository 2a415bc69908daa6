namespace OpenTerritoire.Schemas.Rules;

/// <summary>Configuration section <c>Schemas:Rules</c>.</summary>
public sealed class ObservationRulesOptions
{
    /// <summary>How far in the future <c>observedAt</c> may be, for device clocks that run slightly fast.</summary>
    public TimeSpan FutureTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
