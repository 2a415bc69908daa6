namespace OpenTerritoire.Core.Sensing;

/// <summary>What happens when a Datastream receives a second observation for the same phenomenon time.</summary>
public enum DuplicatePolicy
{
    /// <summary>The second observation is refused with a conflict.</summary>
    Reject,

    /// <summary>The first observation stays; the second is acknowledged and ignored (safe retries).</summary>
    KeepFirst,

    /// <summary>The second observation replaces the first.</summary>
    Replace,
}
