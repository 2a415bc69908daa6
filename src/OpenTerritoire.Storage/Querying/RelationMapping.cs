namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// A navigation property (<c>Datastream</c>, <c>Locations</c>): without a link table the rows join on
/// <c>source.SourceColumn = target.TargetColumn</c>; with one, through it on the ids.
/// </summary>
public sealed record RelationMapping(EntitySet Target, string SourceColumn, string TargetColumn, LinkTable? Link = null)
{
    /// <summary>True when one source row can relate to several target rows.</summary>
    public bool IsToMany => Link is not null || TargetColumn != "id";

    /// <summary>A to-one relation held by a foreign key on the source (<c>observations.datastream_id</c>).</summary>
    public static RelationMapping ToOne(EntitySet target, string foreignKey) => new(target, foreignKey, "id");

    /// <summary>A to-many relation held by a foreign key on the target (<c>datastreams.thing_id</c>).</summary>
    public static RelationMapping ToMany(EntitySet target, string foreignKey) => new(target, "id", foreignKey);

    /// <summary>A many-to-many relation through a link table.</summary>
    public static RelationMapping Through(EntitySet target, string table, string sourceColumn, string targetColumn) =>
        new(target, "id", "id", new LinkTable(table, sourceColumn, targetColumn));
}
