using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenTerritoire.Core;

namespace OpenTerritoire.Api.Problems;

/// <summary>
/// Turns issues into RFC 9457 problem+json: a <c>type</c> per code, an <c>errors</c> array of
/// <c>{code, pointer, detail, …}</c>, texts in the caller's language (French or English, by Accept-Language).
/// The status follows the issue's kind, never the handler.
/// </summary>
public static class ProblemMapping
{
    /// <summary>The base of problem type URIs; the issue code is appended.</summary>
    public const string TypeBase = "https://schemas.openterritoire.org/problems/";

    /// <summary>What a 503 asks the caller to wait before retrying, in seconds.</summary>
    public const int RetryAfterSeconds = 5;

    public static ProblemHttpResult ToProblem(IReadOnlyList<Issue> issues, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(context);
        var errors = issues.Where(issue => issue.Severity == IssueSeverity.Error).ToList();
        var first = errors.Count > 0 ? errors[0] : issues[0];
        var language = Language(context);
        var problem = new ProblemDetails
        {
            Type = TypeBase + first.Code,
            Status = StatusOf(first.Kind),
            Title = first.Message(language),
            Detail = errors.Count > 1
                ? Localised(language, $"{errors.Count} errors; see errors.", $"{errors.Count} erreurs ; voir errors.")
                : first.Hint(language) ?? first.Message(language),
        };
        problem.Extensions["errors"] = issues.Select(issue => ToEntry(issue, language)).ToList();
        if (first.Kind == IssueKind.Unavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>The HTTP status of an issue kind.</summary>
    public static int StatusOf(IssueKind kind) => kind switch
    {
        IssueKind.Invalid => StatusCodes.Status400BadRequest,
        IssueKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        IssueKind.Forbidden => StatusCodes.Status403Forbidden,
        IssueKind.NotFound => StatusCodes.Status404NotFound,
        IssueKind.Conflict => StatusCodes.Status409Conflict,
        IssueKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        IssueKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        IssueKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        IssueKind.NotImplemented => StatusCodes.Status501NotImplemented,
        IssueKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>French when the caller prefers it (Accept-Language or <c>?lang=fr</c>), English otherwise.</summary>
    public static string Language(HttpContext context) => Hosting.RequestLanguage.Resolve(context, "en");

    /// <summary>Adds the request id to every problem, so a user can quote it and an operator find the log lines.</summary>
    public static void AddRequestId(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
    }

    private static string Localised(string language, string english, string french) => language == "fr" ? french : english;

    private static Dictionary<string, object?> ToEntry(Issue issue, string language)
    {
        var entry = new Dictionary<string, object?>
        {
            ["code"] = issue.Code,
            ["pointer"] = issue.Pointer,
            ["severity"] = issue.Severity.ToString().ToLowerInvariant(),
            ["detail"] = issue.Message(language),
        };
        AddIfPresent(entry, "value", issue.Value);
        AddIfPresent(entry, "expected", issue.Expected);
        AddIfPresent(entry, "hint", issue.Hint(language));
        return entry;
    }

    private static void AddIfPresent(Dictionary<string, object?> entry, string key, string? value)
    {
        if (value is not null)
        {
            entry[key] = value;
        }
    }
}
