namespace OpenTerritoire.Storage.SensorThings;

/// <summary>A page of entities of a collection (or the one entity of a single path), read by a plan.</summary>
/// <param name="Count">The total when <c>$count=true</c> was asked for.</param>
/// <param name="CountEstimated">Whether <paramref name="Count"/> is the planner's estimate rather than exact.</param>
/// <param name="HasMore">Whether entities remain after this page (a next link is due).</param>
public sealed record StaPage(
    StaQueryPlan Plan, IReadOnlyList<StaEntity> Entities, long? Count, bool CountEstimated, bool HasMore);
