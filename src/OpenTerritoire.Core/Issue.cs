namespace OpenTerritoire.Core;

/// <summary>A problem found in input, with a stable code, a position and texts in English and French.</summary>
/// <remarks>Built only by the per-stage catalogues (<c>EnvelopeIssues</c>, <c>StorageIssues</c>…), never ad hoc.</remarks>
public sealed record Issue(
    string Code,
    string Pointer,
    IssueSeverity Severity,
    IssueKind Kind,
    string MessageEn,
    string MessageFr)
{
    /// <summary>The offending value as text, when there is one.</summary>
    public string? Value { get; init; }

    /// <summary>The constraint the value had to meet (for example <c>minimum 0</c>).</summary>
    public string? Expected { get; init; }

    /// <summary>How to fix it, in English.</summary>
    public string? HintEn { get; init; }

    /// <summary>How to fix it, in French.</summary>
    public string? HintFr { get; init; }

    /// <summary>The message in the language asked for: French for <c>fr</c>, English otherwise.</summary>
    public string Message(string language) =>
        language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? MessageFr : MessageEn;

    /// <summary>The hint in the language asked for, when there is one.</summary>
    public string? Hint(string language) =>
        language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? HintFr : HintEn;
}
