using OpenTerritoire.Core;
using OpenTerritoire.Core.Querying;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.SensorThings;

public sealed partial class StaEntityReader
{
    private static readonly PropertyPath IdPath = PropertyPath.Of("@iot.id");

    /// <summary>
    /// Reads what a resource path addresses, with the request's query options: a page of a collection, one entity, one
    /// property of it, or references. <c>sta.entity-not-found</c> (404) when the entity, or a parent of the collection,
    /// is missing or not visible.
    /// </summary>
    public async Task<Result<StaPage>> ReadAsync(
        TenantId? viewer, StaResourcePath path, QueryOptions options, StaPaging paging,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (path.Property is { } property)
        {
            // STA 18-088 §9.2.4: a property path returns that property alone; query options do not apply.
            options = QueryOptions.Default with { Select = [PropertyPath.Of(property.Name)] };
        }
        else if (path.Reference)
        {
            options = options with { Select = [IdPath], Expand = [] };
        }

        var plan = StaQueryPlanner.Plan(path.Target.Type, options, paging, translator);
        if (!plan.IsSuccess)
        {
            return Result.Failure<StaPage>(plan.Issues);
        }

        if (!path.IsSingle && !await ExistsAsync(viewer, path.Parents, cancellationToken))
        {
            return Result.Failure<StaPage>(SensorThingsIssues.EntityNotFound("/"));
        }

        var page = await ListAsync(viewer, path.Segments, plan.Value, paging, cancellationToken);
        if (path.IsSingle && page.Entities.Count == 0)
        {
            return Result.Failure<StaPage>(SensorThingsIssues.EntityNotFound("/"));
        }

        return Result.Success(page);
    }
}
