using System.Data;
using System.Globalization;
using System.Text;
using Dapper;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>
/// Builds the SQL of SensorThings reads from a resource path and a plan. Identifiers come from the registry only;
/// keys, limits and the viewer are parameters.
/// </summary>
internal static class StaSql
{
    /// <summary>
    /// <c>FROM … e WHERE …</c> selecting the visible entities the path addresses, each step correlated with its parent
    /// through <c>EXISTS</c>.
    /// </summary>
    public static string FromWhere(IReadOnlyList<StaPathSegment> segments, DynamicParameters parameters)
    {
        var target = segments[^1];
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"FROM {target.Type.Table} e\nWHERE {target.Type.VisibleAs("e")}");
        AppendStep(sql, segments, segments.Count - 1, "e", parameters);
        return sql.ToString();
    }

    /// <summary>The read expressions of the planned properties, aliased <c>c0</c>, <c>c1</c>…</summary>
    public static string Columns(StaQueryPlan plan)
    {
        var expressions = plan.Properties.SelectMany(property => property.ReadExpressions).ToList();
        return string.Join(", ", expressions.Select((expression, index) =>
            expression + " AS c" + index.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The ORDER BY list of a plan, ending with the id so that pages are stable; binds its values.</summary>
    public static string OrderBy(StaQueryPlan plan, DynamicParameters parameters)
    {
        if (plan.OrderBy is not { } orderBy)
        {
            return "e.id ASC";
        }

        Bind(orderBy, parameters);
        return orderBy.Sql + ", e.id ASC";
    }

    /// <summary><c>AND (filter)</c> when the plan has a filter, binding its values; else nothing.</summary>
    public static string Filter(StaQueryPlan plan, DynamicParameters parameters)
    {
        if (plan.Filter is not { } filter)
        {
            return string.Empty;
        }

        Bind(filter, parameters);
        return "\n  AND (" + filter.Sql + ")";
    }

    private static void Bind(Querying.SqlFragment fragment, DynamicParameters parameters)
    {
        foreach (var parameter in fragment.Parameters)
        {
            parameters.Add(parameter.Name, parameter.Value);
        }
    }

    public static DynamicParameters Viewer(long? viewerTenant)
    {
        var parameters = new DynamicParameters();
        parameters.Add("ViewerTenant", viewerTenant, DbType.Int64);
        return parameters;
    }

    private static void AppendStep(
        StringBuilder sql, IReadOnlyList<StaPathSegment> segments, int index, string alias, DynamicParameters parameters)
    {
        var segment = segments[index];
        if (segment.Key is { } key)
        {
            var name = "K" + index.ToString(CultureInfo.InvariantCulture);
            parameters.Add(name, key, DbType.Int64);
            sql.Append(CultureInfo.InvariantCulture, $"\n  AND {alias}.id = @{name}");
        }

        if (segment.Via is not { } via)
        {
            return;
        }

        var parent = segments[index - 1];
        var parentAlias = "p" + index.ToString(CultureInfo.InvariantCulture);
        sql.Append(CultureInfo.InvariantCulture, $"""

              AND EXISTS (
                SELECT 1
                FROM {parent.Type.Table} {parentAlias}
                WHERE {via.Correlate(parentAlias, alias)}
                  AND {parent.Type.VisibleAs(parentAlias)}
            """);
        AppendStep(sql, segments, index - 1, parentAlias, parameters);
        sql.Append(')');
    }
}
