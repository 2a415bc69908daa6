namespace OpenTerritoire.Core.Registers;

/// <summary>The allowed moves: draft → published → retired, a draft may be retired, a retired record republished.</summary>
public static class RecordLifecycleRules
{
    /// <summary>The target state, or <c>register.transition-not-allowed</c> (409).</summary>
    public static Result<RecordLifecycle> Transition(RecordLifecycle current, RecordLifecycle target)
    {
        var allowed = (current, target) switch
        {
            (RecordLifecycle.Draft, RecordLifecycle.Published) => true,
            (RecordLifecycle.Draft, RecordLifecycle.Retired) => true,
            (RecordLifecycle.Published, RecordLifecycle.Retired) => true,
            (RecordLifecycle.Retired, RecordLifecycle.Published) => true,
            _ => false,
        };
        return allowed
            ? Result.Success(target)
            : Result.Failure<RecordLifecycle>(RegisterIssues.TransitionNotAllowed(current, target));
    }
}
