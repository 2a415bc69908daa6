using OpenTerritoire.Core;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>One issue of a validation report: code, severity, where, what was found, what was expected, and how to fix.</summary>
/// <remarks>Built only through <see cref="IssueDescriptor"/> entries of <see cref="ValidationIssues"/>.</remarks>
public sealed record ValidationEntry(
    string Code,
    IssueSeverity Severity,
    IssueCategory Category,
    IssueLocation Location,
    string? Value,
    string? Expected,
    string MessageEn,
    string MessageFr,
    string HintEn,
    string HintFr)
{
    /// <summary>Offending values longer than this are cut, so a 10 MB cell never reaches a report.</summary>
    public const int MaxValueLength = 200;

    /// <summary>The entry as a Core <see cref="Issue"/>, for the <see cref="Result{T}"/> plumbing and problem+json.</summary>
    public Issue ToIssue() => new(Code, Location.Pointer, Severity, IssueKind.Invalid, MessageEn, MessageFr)
    {
        Value = Value,
        Expected = Expected,
        HintEn = HintEn,
        HintFr = HintFr,
    };

    internal static string? Truncate(string? value) =>
        value is null || value.Length <= MaxValueLength ? value : string.Concat(value.AsSpan(0, MaxValueLength), "\u2026");
}
