using OpenTerritoire.Core;
using OpenTerritoire.Core.Querying;
using OpenTerritoire.Storage.Querying;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>Checks parsed query options against an entity type and makes a <see cref="StaQueryPlan"/>.</summary>
/// <remarks>
/// Pointers are <c>$select/&lt;name&gt;</c>, <c>$filter/char:&lt;offset&gt;</c>, <c>$orderby/char:&lt;offset&gt;</c>,
/// <c>$expand/&lt;navigation&gt;</c>;
/// nested options add to the pointer of their <c>$expand</c> item.
/// </remarks>
public static class StaQueryPlanner
{
    private static readonly string[] IdNames = ["id", "@iot.id"];

    /// <summary>The plan of <paramref name="options"/> on <paramref name="type"/>; filters and orderings through
    /// <paramref name="translator"/>.</summary>
    public static Result<StaQueryPlan> Plan(
        StaEntityType type, QueryOptions options, StaPaging paging, SqlFilterTranslator translator) =>
        Plan(type, options, paging, translator, string.Empty);

    private static Result<StaQueryPlan> Plan(
        StaEntityType type, QueryOptions options, StaPaging paging, SqlFilterTranslator translator, string prefix)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paging);
        ArgumentNullException.ThrowIfNull(translator);
        var issues = new List<Issue>();
        SqlFragment? filter = null;
        if (options.Filter is not null)
        {
            var translated = translator.Translate(options.Filter, type.Set, "e", "f", VisibleAs);
            filter = Collect(translated, prefix + "$filter/", issues);
        }

        SqlFragment? orderBy = null;
        if (options.OrderBy.Count > 0)
        {
            var translated = translator.TranslateOrderBy(options.OrderBy, type.Set, "e", "o", VisibleAs);
            orderBy = Collect(translated, prefix + "$orderby/", issues);
        }

        if (options.ResultFormat is not null)
        {
            issues.Add(SensorThingsIssues.OptionNotImplemented(prefix + "$resultFormat", "$resultFormat"));
        }

        var properties = new List<StaProperty>();
        var links = new List<StaNavigation>();
        var selectsId = options.Select.Count == 0;
        var selectsSelfLink = options.Select.Count == 0;
        foreach (var path in options.Select)
        {
            var name = path.ToString();
            if (IdNames.Contains(name))
            {
                selectsId = true;
            }
            else if (name == "@iot.selfLink")
            {
                selectsSelfLink = true;
            }
            else if (path.Segments.Count == 1 && type.FindProperty(name) is { } property)
            {
                AddOnce(properties, property);
            }
            else if (path.Segments.Count == 1 && type.FindNavigation(name) is { } navigation)
            {
                AddOnce(links, navigation);
            }
            else
            {
                issues.Add(SensorThingsIssues.UnknownProperty(prefix + "$select/" + name, type.Name, name));
            }
        }

        if (options.Select.Count == 0)
        {
            properties.AddRange(type.Properties);
            links.AddRange(type.Navigations);
        }

        var expand = new List<StaExpandPlan>();
        foreach (var item in options.Expand)
        {
            var pointer = prefix + "$expand/" + item.Navigation;
            if (type.FindNavigation(item.Navigation) is not { } navigation)
            {
                issues.Add(SensorThingsIssues.UnknownProperty(pointer, type.Name, item.Navigation));
                continue;
            }

            var nested = Plan(StaEntityTypes.GetSet(navigation.TargetSet), item.Options, paging, translator, pointer + "/");
            if (nested.IsSuccess)
            {
                expand.Add(new StaExpandPlan(navigation, nested.Value));
            }
            else
            {
                issues.AddRange(nested.Issues);
            }
        }

        if (issues.Count > 0)
        {
            return Result.Failure<StaQueryPlan>(issues);
        }

        var top = Math.Min(options.Top ?? paging.DefaultTop, paging.MaxTop);
        return Result.Success(new StaQueryPlan(
            type, properties, links, options.Select.Count > 0, selectsId, selectsSelfLink, filter, orderBy, top,
            options.Skip ?? 0, options.Count, expand, options));
    }

    private static SqlFragment? Collect(Result<SqlFragment> translated, string pointerPrefix, List<Issue> issues)
    {
        if (translated.IsSuccess)
        {
            return translated.Value;
        }

        issues.AddRange(translated.Issues.Select(issue => issue with { Pointer = pointerPrefix + issue.Pointer }));
        return null;
    }

    private static void AddOnce<T>(List<T> items, T item)
    {
        if (!items.Contains(item))
        {
            items.Add(item);
        }
    }

    // The same visibility rule as the rows read (published, or the viewer's own; @ViewerTenant is bound by StaSql)
    // applies to the related rows a $filter or $orderby reaches.
    private static string VisibleAs(EntitySet set, string alias) =>
        StaEntityTypes.All.Single(type => type.Set == set).VisibleAs(alias);
}
