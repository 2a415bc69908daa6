using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// The body of a create or update: <c>{"document": {…}, "reviewDate"?, "activeUntil"?, "doNotShowAfter"?}</c>; the
/// dates are <c>YYYY-MM-DD</c>.
/// </summary>
public sealed record RegisterWriteRequest(JsonElement Document, RecordDates Dates)
{
    public static Result<RegisterWriteRequest> Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Result.Failure<RegisterWriteRequest>(
                RegisterIssues.MalformedRequest(string.Empty, "the body is not a JSON object", "le corps n'est pas un objet JSON"));
        }

        if (!body.TryGetProperty("document", out var document) || document.ValueKind != JsonValueKind.Object)
        {
            return Result.Failure<RegisterWriteRequest>(
                RegisterIssues.MalformedRequest("/document", "'document' must be an object", "« document » doit être un objet"));
        }

        var issues = new List<Issue>();
        var review = Date(body, "reviewDate", issues);
        var until = Date(body, "activeUntil", issues);
        var hidden = Date(body, "doNotShowAfter", issues);
        return issues.Count > 0
            ? Result.Failure<RegisterWriteRequest>(issues)
            : Result.Success(new RegisterWriteRequest(document.Clone(), new RecordDates(review, until, hidden)));
    }

    private static DateOnly? Date(JsonElement body, string name, List<Issue> issues)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        issues.Add(RegisterIssues.MalformedRequest("/" + name, $"'{name}' must be a date YYYY-MM-DD", $"« {name} » doit être une date AAAA-MM-JJ"));
        return null;
    }
}
