namespace OpenTerritoire.Schemas.Reporting;

/// <summary>Counts of a validation run: records (JSON) or rows (CSV) read, errors and warnings found, time taken.</summary>
public sealed record ValidationStats(long Records, long Errors, long Warnings, double DurationMs);
