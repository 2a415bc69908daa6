using OpenTerritoire.Core;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>One entry of the validation code catalogue: the stable code with its meaning and hint in both languages.</summary>
public sealed record IssueDescriptor(
    string Code,
    IssueSeverity Severity,
    IssueCategory Category,
    string MessageEn,
    string MessageFr,
    string HintEn,
    string HintFr)
{
    /// <summary>How the HTTP face should answer when this issue fails a request.</summary>
    public IssueKind Kind { get; init; } = IssueKind.Invalid;

    /// <summary>An entry of this kind at a location, with the offending value and the expected constraint.</summary>
    public ValidationEntry At(IssueLocation location, string? value = null, string? expected = null) =>
        new(Code, Severity, Category, location, ValidationEntry.Truncate(value), expected, MessageEn, MessageFr, HintEn, HintFr);

    /// <summary>Like <see cref="At"/>, with a "did you mean" suggestion put in front of the hint.</summary>
    public ValidationEntry WithSuggestion(IssueLocation location, string? value, string? suggestion, string? expected = null)
    {
        var entry = At(location, value, expected);
        return suggestion is null
            ? entry
            : entry with
            {
                HintEn = $"Did you mean \u201c{suggestion}\u201d? {HintEn}",
                HintFr = $"Vouliez-vous dire \u00ab {suggestion} \u00bb ? {HintFr}",
            };
    }

    /// <summary>The issue as the <see cref="Result{T}"/> plumbing carries it.</summary>
    public Issue ToIssue(string pointer, string? value = null, string? expected = null) =>
        new(Code, pointer, Severity, Kind, MessageEn, MessageFr)
        {
            Value = ValidationEntry.Truncate(value),
            Expected = expected,
            HintEn = HintEn,
            HintFr = HintFr,
        };
}
