using System.Data;
using System.Globalization;
using Dapper;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Sensing;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>
/// Creates, updates and deletes SensorThings entities of a tenant, each request in one transaction: a deep insert is
/// stored whole or not at all. Observations go through <see cref="ObservationStore"/>'s batch, under their
/// Datastream's duplicate policy.
/// </summary>
public sealed partial class StaEntityWriter(NpgsqlDataSource dataSource, TimeProvider timeProvider)
{
    /// <summary>
    /// Creates the entity of <paramref name="draft"/> (and its related drafts) at <paramref name="path"/>: an entity
    /// set, or a collection navigation of one entity (<c>Things(1)/Datastreams</c>), which links the new entity to it.
    /// </summary>
    /// <returns>The new entity's id; issues (nothing stored) when the draft is invalid or refers to unknown entities.</returns>
    public async Task<Result<long>> CreateAsync(
        TenantId tenant, IReadOnlyList<StaPathSegment> path, StaDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(draft);
        if (path.Count > 1)
        {
            var parent = path[^2];
            var via = path[^1].Via;
            if (parent.Key is not { } parentId || via is not { IsCollection: true } || path[^1].Key is not null
                || Inverse(draft.Type, parent.Type) is not { } inverse)
            {
                return Result.Failure<long>(SensorThingsIssues.MethodNotApplicable("/", "POST"));
            }

            draft = draft.WithRelated(inverse.Name, StaDraft.Link(parent.Type, "/", parentId));
        }

        var top = draft;
        return await InTransactionAsync(
            tenant,
            async context =>
            {
                var id = await InsertAsync(context, top, cancellationToken);
                return id is null || top.Type != StaEntityTypes.Observations || top.LinkId is not null
                    ? id
                    : await FlushObservationsAsync(context, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Deletes one entity of the tenant, with what the standard deletes along (STA 18-088 §10.4).</summary>
    /// <returns>False when there is no such entity of the tenant.</returns>
    public async Task<bool> DeleteAsync(
        TenantId tenant, StaEntityType type, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(type);
        var result = await InTransactionAsync(
            tenant,
            async context =>
            {
                var parameters = new { TenantId = tenant.Value, Id = id };
                if (type == StaEntityTypes.Locations)
                {
                    // A HistoricalLocation that referred to this Location goes with it.
                    await context.Connection.ExecuteAsync(new CommandDefinition(
                        DeleteHistoricalLocationsOfLocationSql, parameters, context.Transaction,
                        cancellationToken: cancellationToken));
                }

                var deleted = await context.Connection.ExecuteAsync(new CommandDefinition(
                    $"DELETE FROM {type.Table} WHERE tenant_id = @TenantId AND id = @Id", parameters,
                    context.Transaction, cancellationToken: cancellationToken));
                if (deleted == 0)
                {
                    context.Issues.Add(SensorThingsIssues.EntityNotFound("/"));
                    return null;
                }

                return id;
            },
            cancellationToken);
        return result.IsSuccess;
    }

    private const string DeleteHistoricalLocationsOfLocationSql = """
        DELETE FROM historical_locations h
        USING historical_locations_locations hl
        WHERE hl.historical_location_id = h.id
          AND hl.location_id = @Id
          AND h.tenant_id = @TenantId
        """;

    /// <summary>The navigation of <paramref name="type"/> that leads back to <paramref name="parentType"/>.</summary>
    private static StaNavigation? Inverse(StaEntityType type, StaEntityType parentType) =>
        type.Navigations.FirstOrDefault(navigation => navigation.TargetSet == parentType.SetName);

    private async Task<Result<long>> InTransactionAsync(
        TenantId tenant, Func<StaWriteContext, Task<long?>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var context = new StaWriteContext(connection, transaction, tenant, timeProvider.GetUtcNow());
        var id = await work(context);
        if (id is not null && context.Issues.Count == 0 && context.PendingObservations.Count > 0)
        {
            // Observations nested in a deep insert: stored once their Datastreams exist, before commit.
            await FlushObservationsAsync(context, cancellationToken);
        }

        if (id is null || context.Issues.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Result.Failure<long>(
                context.Issues.Count > 0 ? context.Issues : [SensorThingsIssues.EntityNotFound("/")]);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Success(id.Value);
    }

    private static string Parameter(int index) => "V" + index.ToString(CultureInfo.InvariantCulture);
}
