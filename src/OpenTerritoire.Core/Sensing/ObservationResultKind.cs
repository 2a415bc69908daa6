namespace OpenTerritoire.Core.Sensing;

/// <summary>Which typed column holds an observation's result; the numbers are stored and never change.</summary>
public enum ObservationResultKind : short
{
    Null = 0,
    Number = 1,
    Boolean = 2,
    Text = 3,
    Json = 4,
}
