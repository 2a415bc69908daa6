namespace OpenTerritoire.Core.Querying;

/// <summary>A constant written in the expression; the subtypes carry the typed value.</summary>
public abstract record LiteralExpression(int Position) : FilterExpression(Position);
