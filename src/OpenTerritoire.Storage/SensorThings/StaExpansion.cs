namespace OpenTerritoire.Storage.SensorThings;

/// <summary>The related entities of one expanded navigation of one entity: a page of them, and how many in all.</summary>
public sealed record StaExpansion(StaExpandPlan Expand, IReadOnlyList<StaEntity> Entities, long Count)
{
    /// <summary>Whether entities remain after this page.</summary>
    public bool HasMore => Expand.Plan.Top > 0 && Expand.Plan.Skip + Entities.Count < Count;
}
