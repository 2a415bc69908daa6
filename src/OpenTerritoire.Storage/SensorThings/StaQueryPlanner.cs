using OpenTerritoire.Core;
using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>Checks parsed query options against an entity type and makes a <see cref="StaQueryPlan"/>.</summary>
/// <remarks>
/// Pointers are <c>$select/&lt;name&gt;</c>, <c>$orderby/&lt;index&gt;</c>, <c>$expand/&lt;navigation&gt;</c>;
/// nested options add to the pointer of their <c>$expand</c> item.
/// </remarks>
public static class StaQueryPlanner
{
    private static readonly string[] IdNames = ["id", "@iot.id"];

    public static Result<StaQueryPlan> Plan(StaEntityType type, QueryOptions options, StaPaging paging) =>
        Plan(type, options, paging, string.Empty);

    private static Result<StaQueryPlan> Plan(StaEntityType type, QueryOptions options, StaPaging paging, string prefix)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paging);
        var issues = new List<Issue>();
        if (options.Filter is not null)
        {
            // $filter needs the shared SqlFilterTranslator (Storage/Querying), which is not in this build yet.
            issues.Add(SensorThingsIssues.OptionNotImplemented(prefix + "$filter", "$filter"));
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

        var order = new List<StaOrder>();
        for (var index = 0; index < options.OrderBy.Count; index++)
        {
            var item = options.OrderBy[index];
            var pointer = prefix + "$orderby/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var descending = item.Direction == SortDirection.Descending;
            if (item.Expression is not PropertyPathExpression { Path.Segments.Count: 1 } simple)
            {
                // Expressions and paths through relations need the shared SqlFilterTranslator.
                issues.Add(SensorThingsIssues.OptionNotImplemented(pointer, "$orderby"));
                continue;
            }

            var name = simple.Path.Segments[0];
            if (IdNames.Contains(name))
            {
                order.Add(new StaOrder(["e.id"], descending));
            }
            else if (type.FindProperty(name) is { SortExpressions.Count: > 0 } property)
            {
                order.Add(new StaOrder(property.SortExpressions, descending));
            }
            else if (type.FindProperty(name) is not null)
            {
                issues.Add(SensorThingsIssues.OptionNotImplemented(pointer, "$orderby"));
            }
            else
            {
                issues.Add(SensorThingsIssues.UnknownProperty(pointer, type.Name, name));
            }
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

            var nested = Plan(StaEntityTypes.GetSet(navigation.TargetSet), item.Options, paging, pointer + "/");
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
            type, properties, links, options.Select.Count > 0, selectsId, selectsSelfLink, order, top,
            options.Skip ?? 0, options.Count, expand, options));
    }

    private static void AddOnce<T>(List<T> items, T item)
    {
        if (!items.Contains(item))
        {
            items.Add(item);
        }
    }
}
