namespace OpenTerritoire.Schemas.Reporting;

/// <summary>Whether an issue is about the shape of the input (parsing, headers, properties) or about a value.</summary>
public enum IssueCategory
{
    /// <summary>The document, its encoding, its headers or the set of properties (frictionless "structure" errors).</summary>
    Structure,

    /// <summary>A value that does not meet its type, constraint or business rule (frictionless "row" errors).</summary>
    Content,
}
