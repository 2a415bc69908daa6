namespace OpenTerritoire.Core;

/// <summary>Builds <see cref="Result{T}"/> values.</summary>
public static class Result
{
    /// <summary>A success with no warnings.</summary>
    public static Result<T> Success<T>(T value) => Result<T>.FromValue(value, []);

    /// <summary>A success carrying warnings or information.</summary>
    public static Result<T> Success<T>(T value, IReadOnlyList<Issue> warnings) => Result<T>.FromValue(value, warnings);

    /// <summary>A failure; at least one issue must be an error.</summary>
    public static Result<T> Failure<T>(params Issue[] issues) => Result<T>.FromIssues(issues);

    /// <summary>A failure; at least one issue must be an error.</summary>
    public static Result<T> Failure<T>(IEnumerable<Issue> issues) => Result<T>.FromIssues(issues.ToList());
}
