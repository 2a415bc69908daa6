namespace OpenTerritoire.Core.Sensing;

/// <summary>An instant (no <see cref="End"/>) or a closed interval, in UTC.</summary>
public readonly record struct TimeInterval(DateTimeOffset Start, DateTimeOffset? End)
{
    /// <summary>An instant.</summary>
    public static TimeInterval At(DateTimeOffset instant) => new(instant, null);

    /// <summary>True when this is a single instant.</summary>
    public bool IsInstant => End is null;
}
