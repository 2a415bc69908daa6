namespace OpenTerritoire.Storage.SensorThings;

/// <summary>One <c>$orderby</c> key as SQL expressions over the entity alias <c>e</c>, from the allowlist.</summary>
public sealed record StaOrder(IReadOnlyList<string> Expressions, bool Descending);
