using System.Data;
using Dapper;
using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Storage.SensorThings;

public sealed partial class StaEntityWriter
{
    /// <summary>
    /// Updates one entity of the tenant (STA 18-088 §10.3): the properties given, single-valued relations given as
    /// links or new entities, and a Thing's Locations, which are replaced and recorded as a HistoricalLocation. With
    /// <paramref name="replace"/> (PUT) the writable properties not given are cleared, and the mandatory ones must be
    /// given.
    /// </summary>
    /// <returns>The id; <c>sta.entity-not-found</c> (404) when it is not the tenant's; issues (400) for bad values.</returns>
    public async Task<Result<long>> UpdateAsync(
        TenantId tenant, StaEntityType type, long id, StaDraft draft, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(draft);
        return await InTransactionAsync(
            tenant, context => UpdateRowAsync(context, type, id, draft, replace, cancellationToken), cancellationToken);
    }

    private async Task<long?> UpdateRowAsync(
        StaWriteContext context, StaEntityType type, long id, StaDraft draft, bool replace,
        CancellationToken cancellationToken)
    {
        var exists = await context.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            $"SELECT id FROM {type.Table} WHERE tenant_id = @TenantId AND id = @Id FOR UPDATE",
            new { TenantId = context.Tenant.Value, Id = id },
            context.Transaction,
            cancellationToken: cancellationToken));
        if (exists is null)
        {
            context.Issues.Add(SensorThingsIssues.EntityNotFound("/"));
            return null;
        }

        if (replace)
        {
            AddMissingProperties(context, draft);
        }

        var sets = new List<string>();
        var parameters = new DynamicParameters();
        parameters.Add("TenantId", context.Tenant.Value, DbType.Int64);
        parameters.Add("Id", id, DbType.Int64);
        foreach (var property in type.Properties.Where(property => property.IsWritable))
        {
            var given = draft.Values.TryGetValue(property.Name, out var value);
            if (given && value is null && property.Required)
            {
                context.Issues.Add(SensorThingsIssues.MissingProperty("/" + property.Name, property.Name));
            }

            if (given || replace)
            {
                foreach (var (column, expression, parameter) in ColumnValues(property, value, parameters.ParameterNames.Count()))
                {
                    sets.Add(column + " = " + expression);
                    parameters.Add(parameter.Name, parameter.Value, parameter.Type);
                }
            }
        }

        foreach (var (name, related) in draft.Related)
        {
            var navigation = type.FindNavigation(name)!;
            if (!navigation.IsCollection && navigation.ForeignKey is { } foreignKey && related.Count == 1)
            {
                if (await InsertAsync(context, related[0], cancellationToken) is { } relatedId)
                {
                    var parameter = Parameter(parameters.ParameterNames.Count());
                    sets.Add($"{foreignKey} = @{parameter}");
                    parameters.Add(parameter, relatedId, DbType.Int64);
                }
            }
            else if (type != StaEntityTypes.Things || name != "Locations")
            {
                context.Issues.Add(SensorThingsIssues.ReadOnlyProperty("/" + name, name));
            }
        }

        if (context.Issues.Count > 0)
        {
            return null;
        }

        if (sets.Count > 0 && !await ExecuteUpdateAsync(context, type, draft, sets, parameters, cancellationToken))
        {
            return null;
        }

        if (type == StaEntityTypes.Things && draft.Related.TryGetValue("Locations", out var locations))
        {
            await ReplaceLocationsAsync(context, draft, id, locations, cancellationToken);
        }

        return context.Issues.Count > 0 ? null : id;
    }

    private static async Task<bool> ExecuteUpdateAsync(
        StaWriteContext context, StaEntityType type, StaDraft draft, List<string> sets, DynamicParameters parameters,
        CancellationToken cancellationToken)
    {
        if (type == StaEntityTypes.Observations && draft.Values.GetValueOrDefault("phenomenonTime") is TimeInterval moved)
        {
            // The row may move to another month's partition, which must exist first.
            await context.Connection.ExecuteAsync(new CommandDefinition(
                "SELECT ensure_observation_partition(@Start)",
                new { Start = moved.Start.ToUniversalTime() },
                context.Transaction,
                cancellationToken: cancellationToken));
        }

        var sql = $"UPDATE {type.Table} SET {string.Join(", ", sets)} WHERE tenant_id = @TenantId AND id = @Id";
        // A failed statement aborts the transaction; that is fine, since any issue rolls the whole request back.
        try
        {
            await context.Connection.ExecuteAsync(new CommandDefinition(
                sql, parameters, context.Transaction, cancellationToken: cancellationToken));
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Only observations have a unique key users can hit: one per datastream and phenomenon time.
            var time = draft.Values.GetValueOrDefault("phenomenonTime") is TimeInterval interval ? interval.Start : default;
            context.Issues.Add(StorageIssues.DuplicateObservation("/phenomenonTime", "?", time));
            return false;
        }
    }

    private async Task ReplaceLocationsAsync(
        StaWriteContext context, StaDraft draft, long thingId, IReadOnlyList<StaDraft> locations,
        CancellationToken cancellationToken)
    {
        await context.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM things_locations WHERE tenant_id = @TenantId AND thing_id = @ThingId",
            new { TenantId = context.Tenant.Value, ThingId = thingId },
            context.Transaction,
            cancellationToken: cancellationToken));
        var navigation = StaEntityTypes.Things.FindNavigation("Locations")!;
        foreach (var location in locations)
        {
            await InsertChildAsync(context, draft, thingId, navigation, location, cancellationToken);
        }

        if (locations.Count > 0)
        {
            await RecordHistoricalLocationAsync(context, thingId, cancellationToken);
        }
    }
}
