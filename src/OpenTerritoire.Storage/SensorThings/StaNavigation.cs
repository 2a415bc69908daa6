namespace OpenTerritoire.Storage.SensorThings;

/// <summary>A navigation property: a relation from one entity type to another, with the SQL that correlates them.</summary>
/// <param name="Name">The wire name (<c>Datastreams</c>, <c>Thing</c>).</param>
/// <param name="TargetSet">The entity set of the related entities (<c>Datastreams</c>).</param>
/// <param name="IsCollection">Whether it leads to many entities.</param>
/// <param name="Correlation">
/// A SQL condition true when the row aliased <c>{t}</c> is related to the row aliased <c>{s}</c>; a constant of the
/// registry, never request text.
/// </param>
/// <param name="ForeignKey">
/// The column holding the relation when it is a plain foreign key: on the source for a single-valued navigation, on
/// the target for a collection; null for many-to-many relations kept in a join table.
/// </param>
/// <param name="Join">The join table of a many-to-many relation; null otherwise.</param>
public sealed record StaNavigation(
    string Name, string TargetSet, bool IsCollection, string Correlation, string? ForeignKey, StaJoin? Join = null)
{
    /// <summary>The correlation with the source and target aliases filled in.</summary>
    public string Correlate(string sourceAlias, string targetAlias) =>
        Correlation.Replace("{s}", sourceAlias, StringComparison.Ordinal)
            .Replace("{t}", targetAlias, StringComparison.Ordinal);
}
