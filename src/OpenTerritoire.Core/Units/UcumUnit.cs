namespace OpenTerritoire.Core.Units;

/// <summary>A UCUM unit the hub converts: its code, its dimension, and how to reach the dimension's base unit.</summary>
/// <remarks>value in base unit = value × <see cref="Factor"/> + <see cref="Offset"/>.</remarks>
public sealed record UcumUnit(string Code, string Dimension, double Factor, double Offset = 0);
