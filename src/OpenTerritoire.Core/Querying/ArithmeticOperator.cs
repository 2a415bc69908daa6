namespace OpenTerritoire.Core.Querying;

/// <summary>The arithmetic operators of <c>$filter</c>: <c>add sub mul div mod</c>.</summary>
public enum ArithmeticOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
}
