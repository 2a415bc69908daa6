using OpenTerritoire.Core.Querying;
using OpenTerritoire.Storage.Querying;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>
/// The query options of one request (or one <c>$expand</c> level) checked against an entity type: what to read, in
/// which order, which page, what to expand. Built by <see cref="StaQueryPlanner"/>; every SQL identifier in it comes
/// from the registry.
/// </summary>
/// <param name="Properties">The properties to read and return (all when there is no <c>$select</c>).</param>
/// <param name="NavigationLinks">The navigation properties whose links are returned.</param>
/// <param name="Filter">The translated <c>$filter</c> over the alias <c>e</c>, placeholders <c>@f…</c>.</param>
/// <param name="OrderBy">The translated <c>$orderby</c> over the alias <c>e</c>, placeholders <c>@o…</c>.</param>
/// <param name="HasSelect">Whether <c>$select</c> was given: control information then appears only when selected.</param>
/// <param name="Options">The options the plan was made from, for next links.</param>
public sealed record StaQueryPlan(
    StaEntityType Type,
    IReadOnlyList<StaProperty> Properties,
    IReadOnlyList<StaNavigation> NavigationLinks,
    bool HasSelect,
    bool SelectsId,
    bool SelectsSelfLink,
    SqlFragment? Filter,
    SqlFragment? OrderBy,
    int Top,
    int Skip,
    bool Count,
    IReadOnlyList<StaExpandPlan> Expand,
    QueryOptions Options);
