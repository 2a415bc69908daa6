using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>
/// The query options of one request (or one <c>$expand</c> level) checked against an entity type: what to read, in
/// which order, which page, what to expand. Built by <see cref="StaQueryPlanner"/>; every SQL identifier in it comes
/// from the registry.
/// </summary>
/// <param name="Properties">The properties to read and return (all when there is no <c>$select</c>).</param>
/// <param name="NavigationLinks">The navigation properties whose links are returned.</param>
/// <param name="HasSelect">Whether <c>$select</c> was given: control information then appears only when selected.</param>
/// <param name="Options">The options the plan was made from, for next links.</param>
public sealed record StaQueryPlan(
    StaEntityType Type,
    IReadOnlyList<StaProperty> Properties,
    IReadOnlyList<StaNavigation> NavigationLinks,
    bool HasSelect,
    bool SelectsId,
    bool SelectsSelfLink,
    IReadOnlyList<StaOrder> Order,
    int Top,
    int Skip,
    bool Count,
    IReadOnlyList<StaExpandPlan> Expand,
    QueryOptions Options);
