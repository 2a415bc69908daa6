using System.Data;
using System.Data.Common;
using System.Text.Json;
using Dapper;
using Npgsql;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Querying;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>
/// Reads SensorThings entities along a resource path, with a plan's selection, order, page, count and expansions.
/// Readers see published rows of every tenant and every row of their own tenant (<c>viewer</c>, null when anonymous).
/// </summary>
public sealed partial class StaEntityReader(NpgsqlDataSource dataSource, SqlFilterTranslator translator)
{
    /// <summary>Whether every step of the path exists and is visible (a collection path: its parent entity).</summary>
    public async Task<bool> ExistsAsync(
        TenantId? viewer, IReadOnlyList<StaPathSegment> segments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count == 0)
        {
            return true;
        }

        var parameters = StaSql.Viewer(viewer?.Value);
        var sql = $"SELECT EXISTS (SELECT 1 {StaSql.FromWhere(segments, parameters)})";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            sql, parameters, cancellationToken: cancellationToken));
    }

    /// <summary>The page of entities the path addresses (at most one for a single path), expanded as planned.</summary>
    public async Task<StaPage> ListAsync(
        TenantId? viewer, IReadOnlyList<StaPathSegment> segments, StaQueryPlan plan, StaPaging paging,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(paging);
        var single = segments[^1].IsSingle;
        var parameters = StaSql.Viewer(viewer?.Value);
        var fromWhere = StaSql.FromWhere(segments, parameters) + StaSql.Filter(plan, parameters);
        parameters.Add("Top", single ? 1 : plan.Top + 1, DbType.Int32);
        parameters.Add("Skip", single ? 0 : plan.Skip, DbType.Int32);
        var columns = StaSql.Columns(plan);
        var sql = $"""
            SELECT e.id{(columns.Length > 0 ? ", " + columns : string.Empty)}
            {fromWhere}
            ORDER BY {StaSql.OrderBy(plan, parameters)}
            LIMIT @Top OFFSET @Skip
            """;

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var entities = new List<StaEntity>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            sql, parameters, cancellationToken: cancellationToken)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var ordinal = 1;
                entities.Add(ReadEntity(reader, reader.GetInt64(0), ref ordinal, plan));
            }
        }

        // $top=0 asks for no entities (typically with $count): there is no next page to offer.
        var hasMore = !single && plan.Top > 0 && entities.Count > plan.Top;
        if (!single && entities.Count > plan.Top)
        {
            entities.RemoveRange(plan.Top, entities.Count - plan.Top);
        }

        long? count = null;
        var estimated = false;
        if (plan.Count && !single)
        {
            (count, estimated) = await CountAsync(connection, fromWhere, parameters, paging, cancellationToken);
        }

        var expanded = await ExpandAsync(connection, viewer, plan, entities, cancellationToken);
        return new StaPage(plan, expanded, count, estimated, hasMore);
    }

    // Exact up to the limit; beyond it the planner's row estimate, which costs nothing on a large table.
    private static async Task<(long Count, bool Estimated)> CountAsync(
        NpgsqlConnection connection, string fromWhere, DynamicParameters parameters, StaPaging paging,
        CancellationToken cancellationToken)
    {
        parameters.Add("CountLimit", paging.ExactCountLimit + 1, DbType.Int32);
        var exact = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM (SELECT 1 {fromWhere} LIMIT @CountLimit) counted",
            parameters,
            cancellationToken: cancellationToken));
        if (exact <= paging.ExactCountLimit)
        {
            return (exact, false);
        }

        var plan = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            $"EXPLAIN (FORMAT JSON) SELECT 1 {fromWhere}", parameters, cancellationToken: cancellationToken));
        using var document = JsonDocument.Parse(plan ?? "[]");
        var rows = document.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
        return (Math.Max((long)rows, exact), true);
    }

    private async Task<IReadOnlyList<StaEntity>> ExpandAsync(
        NpgsqlConnection connection, TenantId? viewer, StaQueryPlan plan, IReadOnlyList<StaEntity> entities,
        CancellationToken cancellationToken)
    {
        if (plan.Expand.Count == 0 || entities.Count == 0)
        {
            return entities;
        }

        var expansions = entities.ToDictionary(entity => entity.Id, _ => new List<StaExpansion>());
        foreach (var expand in plan.Expand)
        {
            var related = await ReadRelatedAsync(connection, viewer, plan.Type, expand, entities, cancellationToken);
            foreach (var entity in entities)
            {
                var (children, count) = related.TryGetValue(entity.Id, out var found) ? found : ([], 0);
                expansions[entity.Id].Add(new StaExpansion(expand, children, count));
            }
        }

        return entities.Select(entity => entity with { Expansions = expansions[entity.Id] }).ToList();
    }

    private async Task<Dictionary<long, (IReadOnlyList<StaEntity> Entities, long Count)>> ReadRelatedAsync(
        NpgsqlConnection connection, TenantId? viewer, StaEntityType parentType, StaExpandPlan expand,
        IReadOnlyList<StaEntity> parents, CancellationToken cancellationToken)
    {
        var plan = expand.Plan;
        var navigation = expand.Navigation;
        var parameters = StaSql.Viewer(viewer?.Value);
        parameters.Add("Parents", parents.Select(parent => parent.Id).ToArray());
        parameters.Add("Top", navigation.IsCollection ? plan.Top : 1, DbType.Int32);
        parameters.Add("Skip", navigation.IsCollection ? plan.Skip : 0, DbType.Int32);
        var columns = StaSql.Columns(plan);
        var sql = $"""
            SELECT p.id AS parent_id, x.*
            FROM {parentType.Table} p
            CROSS JOIN LATERAL (
                SELECT e.id{(columns.Length > 0 ? ", " + columns : string.Empty)}, count(*) OVER () AS total_count
                FROM {plan.Type.Table} e
                WHERE {navigation.Correlate("p", "e")}
                  AND {plan.Type.VisibleAs("e")}{StaSql.Filter(plan, parameters)}
                ORDER BY {StaSql.OrderBy(plan, parameters)}
                LIMIT @Top OFFSET @Skip
            ) x
            WHERE p.id = ANY (@Parents)
            ORDER BY p.id
            """;

        var rows = new List<(long Parent, StaEntity Entity, long Count)>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            sql, parameters, cancellationToken: cancellationToken)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var ordinal = 2;
                var entity = ReadEntity(reader, reader.GetInt64(1), ref ordinal, plan);
                rows.Add((reader.GetInt64(0), entity, reader.GetInt64(ordinal)));
            }
        }

        var children = await ExpandAsync(
            connection, viewer, plan, rows.Select(row => row.Entity).DistinctBy(entity => entity.Id).ToList(),
            cancellationToken);
        var byId = children.ToDictionary(entity => entity.Id);
        return rows
            .GroupBy(row => row.Parent)
            .ToDictionary(
                group => group.Key,
                group => ((IReadOnlyList<StaEntity>)group.Select(row => byId[row.Entity.Id]).ToList(), group.First().Count));
    }

    private static StaEntity ReadEntity(DbDataReader reader, long id, ref int ordinal, StaQueryPlan plan)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in plan.Properties)
        {
            values[property.Name] = StaValueReader.Read(reader, ref ordinal, property);
        }

        return new StaEntity(id, values, []);
    }
}
