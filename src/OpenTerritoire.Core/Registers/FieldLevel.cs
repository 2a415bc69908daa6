namespace OpenTerritoire.Core.Registers;

/// <summary>The <c>x-level</c> of a transparency schema field.</summary>
public enum FieldLevel
{
    Required,
    Recommended,
    Optional,
}
