using System.Text.Json.Serialization;
using OpenTerritoire.Core;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>The outcome of validating one input against one schema; the same object serves the API, CLI and portal.</summary>
/// <remarks>
/// Long reports are summarised: <see cref="Entries"/> holds at most the first N issues of each code (N is
/// <see cref="ValidationReportBuilder.DefaultMaxEntriesPerCode"/> unless set), <see cref="Codes"/> the full count per code.
/// </remarks>
public sealed record ValidationReport(
    bool Valid,
    string SchemaId,
    string SchemaVersion,
    ValidationEngine Engine,
    ValidationStats Stats,
    IReadOnlyList<ValidationEntry> Entries,
    IReadOnlyList<CodeCount> Codes)
{
    /// <summary>True when some issues were counted but not listed.</summary>
    public bool Truncated => Codes.Any(code => code.Total > code.Listed);

    /// <summary>The listed entries with error severity.</summary>
    [JsonIgnore]
    public IEnumerable<ValidationEntry> Errors => Entries.Where(entry => entry.Severity == IssueSeverity.Error);

    /// <summary>The listed entries with warning severity.</summary>
    [JsonIgnore]
    public IEnumerable<ValidationEntry> Warnings => Entries.Where(entry => entry.Severity == IssueSeverity.Warning);
}
