namespace OpenTerritoire.Core.Registers;

/// <summary>The dates that drive a record's oversight and public visibility.</summary>
/// <param name="ReviewDate">When the record (and the need for the sensor or algorithm) must be reviewed.</param>
/// <param name="ActiveUntil">Planned end of service; a sensor past it is flagged.</param>
/// <param name="DoNotShowAfter">After this day the record leaves the public registers and map.</param>
public sealed record RecordDates(DateOnly? ReviewDate, DateOnly? ActiveUntil, DateOnly? DoNotShowAfter)
{
    public static readonly RecordDates None = new(null, null, null);

    /// <summary>The review date has passed.</summary>
    public bool IsReviewOverdue(DateOnly today) => ReviewDate is { } review && review < today;

    /// <summary>The planned end of service has passed.</summary>
    public bool IsPastActiveUntil(DateOnly today) => ActiveUntil is { } until && until < today;

    /// <summary>The record must no longer be shown publicly.</summary>
    public bool IsHidden(DateOnly today) => DoNotShowAfter is { } last && last < today;
}
