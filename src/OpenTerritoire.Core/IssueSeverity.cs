namespace OpenTerritoire.Core;

/// <summary>How much an issue matters: an error fails the input, a warning does not.</summary>
public enum IssueSeverity
{
    Error,
    Warning,
    Information,
}
