namespace OpenTerritoire.Storage.SensorThings;

/// <summary>One navigation to expand, with the plan of the related entities.</summary>
public sealed record StaExpandPlan(StaNavigation Navigation, StaQueryPlan Plan);
