using System.Diagnostics;
using OpenTerritoire.Core;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>Collects entries during one run, keeping the first N per code and counting all of them.</summary>
/// <remarks>Mutable and single-threaded: one builder per run.</remarks>
public sealed class ValidationReportBuilder
{
    /// <summary>Entries kept per code when none is given.</summary>
    public const int DefaultMaxEntriesPerCode = 100;

    private readonly int maxEntriesPerCode;
    private readonly List<ValidationEntry> entries = [];
    private readonly Dictionary<string, (long Total, int Listed)> counts = new(StringComparer.Ordinal);
    private readonly long startedAt = Stopwatch.GetTimestamp();
    private long errors;
    private long warnings;

    public ValidationReportBuilder(int maxEntriesPerCode = DefaultMaxEntriesPerCode)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEntriesPerCode);
        this.maxEntriesPerCode = maxEntriesPerCode;
    }

    /// <summary>Records (JSON) or data rows (CSV) read so far.</summary>
    public long Records { get; set; }

    /// <summary>Errors added so far (listed or not).</summary>
    public long ErrorCount => errors;

    /// <summary>The validator that ran.</summary>
    public ValidationEngine Engine { get; set; } = ValidationEngine.None;

    public void Add(ValidationEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Severity == IssueSeverity.Error)
        {
            errors++;
        }
        else if (entry.Severity == IssueSeverity.Warning)
        {
            warnings++;
        }

        counts.TryGetValue(entry.Code, out var count);
        if (count.Listed < maxEntriesPerCode)
        {
            entries.Add(entry);
            count.Listed++;
        }

        count.Total++;
        counts[entry.Code] = count;
    }

    public void AddRange(IEnumerable<ValidationEntry> range)
    {
        ArgumentNullException.ThrowIfNull(range);
        foreach (var entry in range)
        {
            Add(entry);
        }
    }

    public ValidationReport Build(string schemaId, string schemaVersion)
    {
        var duration = Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;
        var codes = counts
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new CodeCount(pair.Key, pair.Value.Total, pair.Value.Listed))
            .ToArray();
        return new ValidationReport(
            errors == 0,
            schemaId,
            schemaVersion,
            Engine,
            new ValidationStats(Records, errors, warnings, Math.Round(duration, 3)),
            entries.ToArray(),
            codes);
    }
}
