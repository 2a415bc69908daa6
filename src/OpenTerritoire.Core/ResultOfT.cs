namespace OpenTerritoire.Core;

/// <summary>A value, possibly with warnings, or at least one error <see cref="Issue"/>.</summary>
/// <remarks>Readers, codecs, mappings, parsers and validators return this instead of throwing on bad input.</remarks>
public sealed class Result<T>
{
    private readonly T? value;

    private Result(T? value, IReadOnlyList<Issue> issues, bool isSuccess)
    {
        this.value = value;
        Issues = issues;
        IsSuccess = isSuccess;
    }

    /// <summary>True when there is a value; warnings may still be present.</summary>
    public bool IsSuccess { get; }

    /// <summary>Errors on failure; warnings and information on success.</summary>
    public IReadOnlyList<Issue> Issues { get; }

    /// <summary>The value; reading it from a failure is a bug.</summary>
    public T Value => IsSuccess
        ? value!
        : throw new InvalidOperationException($"The result is a failure: {Issues[0].Code} at {Issues[0].Pointer}.");

    /// <summary>The errors only (empty on success).</summary>
    public IEnumerable<Issue> Errors => Issues.Where(issue => issue.Severity == IssueSeverity.Error);

    internal static Result<T> FromValue(T value, IReadOnlyList<Issue> warnings) => new(value, warnings, true);

    internal static Result<T> FromIssues(IReadOnlyList<Issue> issues)
    {
        if (!issues.Any(issue => issue.Severity == IssueSeverity.Error))
        {
            throw new ArgumentException("A failure needs at least one error issue.", nameof(issues));
        }

        return new Result<T>(default, issues, false);
    }

    /// <summary>Transforms the value, keeping the warnings; a failure passes through.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        return IsSuccess ? Result<TOut>.FromValue(transform(value!), Issues) : Result<TOut>.FromIssues(Issues);
    }

    /// <summary>Chains a step that may fail; warnings of both steps are kept.</summary>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (!IsSuccess)
        {
            return Result<TOut>.FromIssues(Issues);
        }

        var result = next(value!);
        if (Issues.Count == 0)
        {
            return result;
        }

        var combined = Issues.Concat(result.Issues).ToList();
        return result.IsSuccess ? Result<TOut>.FromValue(result.value!, combined) : Result<TOut>.FromIssues(combined);
    }

    public override string ToString() =>
        IsSuccess ? $"Success({value})" : $"Failure({string.Join(", ", Issues.Select(issue => issue.Code))})";
}
