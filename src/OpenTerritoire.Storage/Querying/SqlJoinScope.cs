namespace OpenTerritoire.Storage.Querying;

/// <summary>
/// The related rows one predicate reaches through navigation paths. The predicate becomes
/// <c>EXISTS (SELECT 1 FROM … WHERE &lt;joins&gt; AND &lt;predicate&gt;)</c>, which reads "some related row matches"
/// for to-many navigations and "the related row matches" for to-one ones. Paths sharing a prefix share its rows.
/// </summary>
internal sealed class SqlJoinScope(string rootAlias, Func<string> nextAlias, Func<EntitySet, string, string>? visibility)
{
    private readonly Dictionary<string, string> aliases = new(StringComparer.Ordinal);
    private readonly List<string> from = [];
    private readonly List<string> conditions = [];

    /// <summary>True when a joined navigation is to-many, so the joined rows may be several.</summary>
    public bool ReachesMany { get; private set; }

    /// <summary>The alias of the rows at the end of <paramref name="pathKey"/>, joining them on first use.</summary>
    public string Join(string pathKey, string sourceAlias, RelationMapping relation, string targetTable)
    {
        if (aliases.TryGetValue(pathKey, out var existing))
        {
            return existing;
        }

        var alias = nextAlias();
        ReachesMany |= relation.IsToMany;
        if (relation.Link is { } link)
        {
            var linkAlias = nextAlias();
            from.Add($"{link.Table} {linkAlias}");
            conditions.Add($"{linkAlias}.{link.SourceColumn} = {sourceAlias}.id");
            conditions.Add($"{linkAlias}.tenant_id = {rootAlias}.tenant_id");
            from.Add($"{targetTable} {alias}");
            conditions.Add($"{alias}.id = {linkAlias}.{link.TargetColumn}");
        }
        else
        {
            from.Add($"{targetTable} {alias}");
            conditions.Add($"{alias}.{relation.TargetColumn} = {sourceAlias}.{relation.SourceColumn}");
        }

        // Foreign keys do not carry the tenant; this keeps a filter from ever reading another tenant's rows.
        conditions.Add($"{alias}.tenant_id = {rootAlias}.tenant_id");

        // Rows the caller may not see must not decide which visible rows match, or a filter would reveal them.
        if (visibility is not null)
        {
            conditions.Add($"({visibility(relation.Target, alias)})");
        }
        aliases[pathKey] = alias;
        return alias;
    }

    /// <summary>A value of the related row (to-one navigations only), as a scalar subquery.</summary>
    public string Scalar(string expression) => from.Count == 0
        ? expression
        : $"(SELECT {expression} FROM {string.Join(", ", from)} WHERE {string.Join(" AND ", conditions)})";

    /// <summary>The predicate, wrapped in EXISTS when it reached related rows.</summary>
    public string Wrap(string predicate) => from.Count == 0
        ? predicate
        : $"EXISTS (SELECT 1 FROM {string.Join(", ", from)} WHERE {string.Join(" AND ", conditions)} AND {predicate})";
}
