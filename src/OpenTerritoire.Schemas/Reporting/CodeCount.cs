namespace OpenTerritoire.Schemas.Reporting;

/// <summary>How many issues of one code a run found, and how many of them the report lists.</summary>
public sealed record CodeCount(string Code, long Total, int Listed);
