using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Core.Tests.Registers;

public sealed class RecordLifecycleRulesTests
{
    [Theory]
    [InlineData(RecordLifecycle.Draft, RecordLifecycle.Published, true)]
    [InlineData(RecordLifecycle.Draft, RecordLifecycle.Retired, true)]
    [InlineData(RecordLifecycle.Published, RecordLifecycle.Retired, true)]
    [InlineData(RecordLifecycle.Retired, RecordLifecycle.Published, true)]
    [InlineData(RecordLifecycle.Published, RecordLifecycle.Published, false)]
    [InlineData(RecordLifecycle.Published, RecordLifecycle.Draft, false)]
    [InlineData(RecordLifecycle.Retired, RecordLifecycle.Draft, false)]
    public void Transition_FromTo_FollowsTheLifecycle(RecordLifecycle current, RecordLifecycle target, bool allowed)
    {
        var result = RecordLifecycleRules.Transition(current, target);

        Assert.Equal(allowed, result.IsSuccess);
        if (!allowed)
        {
            Assert.Equal("register.transition-not-allowed", Assert.Single(result.Issues).Code);
        }
    }

    [Theory]
    [InlineData("2026-05-03", true)]
    [InlineData("2026-05-04", false)]
    public void RecordDates_Today_FlagsOnlyPastDates(string date, bool past)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var dates = new RecordDates(day, day, day);
        var today = new DateOnly(2026, 5, 4);

        Assert.Equal(past, dates.IsReviewOverdue(today));
        Assert.Equal(past, dates.IsPastActiveUntil(today));
        Assert.Equal(past, dates.IsHidden(today));
    }
}
