using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Storage.Sensing;

namespace OpenTerritoire.Storage.SensorThings;

public sealed partial class StaEntityWriter
{
    // The Thing's Locations as they are now, as a new HistoricalLocation (STA 18-088 §8.2.3).
    private const string RecordHistoricalLocationSql = """
        WITH h AS (
            INSERT INTO historical_locations (tenant_id, thing_id, time)
            VALUES (@TenantId, @ThingId, @Time)
            RETURNING id
        )
        INSERT INTO historical_locations_locations (historical_location_id, location_id, tenant_id)
        SELECT h.id, tl.location_id, @TenantId
        FROM h, things_locations tl
        WHERE tl.thing_id = @ThingId
        """;

    // The feature of interest of an observation that names none: the one made from its Thing's Location, made on
    // first use and reused afterwards (STA 18-088 §10.2, Observation without FeatureOfInterest).
    private const string FeatureFromLocationSql = """
        WITH loc AS (
            SELECT l.name, l.description, l.encoding_type, l.location, l.properties
            FROM datastreams d
            JOIN things_locations tl ON tl.thing_id = d.thing_id
            JOIN locations l ON l.id = tl.location_id
            WHERE d.id = @DatastreamId
              AND d.tenant_id = @TenantId
            ORDER BY l.id
            LIMIT 1
        ), existing AS (
            SELECT f.id
            FROM features_of_interest f, loc
            WHERE f.tenant_id = @TenantId
              AND f.name = loc.name
              AND f.description = loc.description
              AND f.encoding_type = loc.encoding_type
              AND ST_Equals(f.feature, loc.location)
            ORDER BY f.id
            LIMIT 1
        ), inserted AS (
            INSERT INTO features_of_interest (tenant_id, name, description, encoding_type, feature, properties)
            SELECT @TenantId, loc.name, loc.description, loc.encoding_type, loc.location, loc.properties
            FROM loc
            WHERE NOT EXISTS (SELECT 1 FROM existing)
            RETURNING id
        )
        SELECT id FROM existing
        UNION ALL
        SELECT id FROM inserted
        """;

    /// <summary>Inserts a draft (or resolves a link); null with issues added to the context when it cannot.</summary>
    private async Task<long?> InsertAsync(StaWriteContext context, StaDraft draft, CancellationToken cancellationToken)
    {
        if (draft.LinkId is { } linked)
        {
            return await ResolveLinkAsync(context, draft, linked, cancellationToken);
        }

        if (draft.Type == StaEntityTypes.Observations)
        {
            return await InsertObservationAsync(context, draft, cancellationToken);
        }

        var issuesBefore = context.Issues.Count;
        AddMissingProperties(context, draft);
        var foreignKeys = new List<(string Column, long Id)>();
        foreach (var navigation in draft.Type.Navigations.Where(navigation => !navigation.IsCollection))
        {
            if (await InsertSingleRelatedAsync(context, draft, navigation, cancellationToken) is { } relatedId)
            {
                foreignKeys.Add((navigation.ForeignKey!, relatedId));
            }
        }

        if (context.Issues.Count > issuesBefore)
        {
            return null;
        }

        var id = await InsertRowAsync(context, draft, foreignKeys, cancellationToken);
        foreach (var (name, children) in draft.Related)
        {
            if (draft.Type.FindNavigation(name) is { IsCollection: true } navigation)
            {
                foreach (var child in children)
                {
                    await InsertChildAsync(context, draft, id, navigation, child, cancellationToken);
                }
            }
        }

        if (context.Issues.Count > issuesBefore)
        {
            return null;
        }

        await RecordLocationChangeAsync(context, draft, id, cancellationToken);
        return id;
    }

    private async Task<long?> InsertSingleRelatedAsync(
        StaWriteContext context, StaDraft draft, StaNavigation navigation, CancellationToken cancellationToken)
    {
        if (draft.Related.TryGetValue(navigation.Name, out var related) && related.Count > 0)
        {
            return await InsertAsync(context, related[0], cancellationToken);
        }

        // Every single-valued navigation of a new entity is mandatory, except an Observation's FeatureOfInterest.
        context.Issues.Add(SensorThingsIssues.MissingProperty(draft.Pointer + "/" + navigation.Name, navigation.Name));
        return null;
    }

    private async Task InsertChildAsync(
        StaWriteContext context, StaDraft parent, long parentId, StaNavigation navigation, StaDraft child,
        CancellationToken cancellationToken)
    {
        if (navigation.Join is { } join)
        {
            if (await InsertAsync(context, child, cancellationToken) is { } childId)
            {
                await context.Connection.ExecuteAsync(new CommandDefinition(
                    $"""
                    INSERT INTO {join.Table} ({join.SourceColumn}, {join.TargetColumn}, tenant_id)
                    VALUES (@Source, @Target, @TenantId)
                    ON CONFLICT DO NOTHING
                    """,
                    new { Source = parentId, Target = childId, TenantId = context.Tenant.Value },
                    context.Transaction,
                    cancellationToken: cancellationToken));
            }

            return;
        }

        if (child.LinkId is { } existing)
        {
            // An existing entity named in a collection is moved under the new parent.
            var moved = await context.Connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE {child.Type.Table} SET {navigation.ForeignKey} = @ParentId WHERE tenant_id = @TenantId AND id = @Id",
                new { ParentId = parentId, TenantId = context.Tenant.Value, Id = existing },
                context.Transaction,
                cancellationToken: cancellationToken));
            if (moved == 0)
            {
                context.Issues.Add(SensorThingsIssues.LinkedEntityNotFound(child.Pointer, child.Type.Name));
            }

            return;
        }

        var inverse = child.Type.Navigations.First(candidate => candidate.TargetSet == parent.Type.SetName);
        await InsertAsync(
            context, child.WithRelated(inverse.Name, StaDraft.Link(parent.Type, parent.Pointer, parentId)), cancellationToken);
    }

    private async Task RecordLocationChangeAsync(
        StaWriteContext context, StaDraft draft, long id, CancellationToken cancellationToken)
    {
        var thingIds = new List<long>();
        if (draft.Type == StaEntityTypes.Things && draft.Related.TryGetValue("Locations", out var locations)
            && locations.Count > 0)
        {
            thingIds.Add(id);
        }
        else if (draft.Type == StaEntityTypes.Locations && draft.Related.TryGetValue("Things", out var things))
        {
            thingIds.AddRange(things.Select(thing => thing.LinkId).OfType<long>());
        }

        foreach (var thingId in thingIds)
        {
            await RecordHistoricalLocationAsync(context, thingId, cancellationToken);
        }
    }

    private static async Task RecordHistoricalLocationAsync(
        StaWriteContext context, long thingId, CancellationToken cancellationToken) =>
        await context.Connection.ExecuteAsync(new CommandDefinition(
            RecordHistoricalLocationSql,
            new { TenantId = context.Tenant.Value, ThingId = thingId, Time = context.Now.ToUniversalTime() },
            context.Transaction,
            cancellationToken: cancellationToken));

    private static async Task<long?> ResolveLinkAsync(
        StaWriteContext context, StaDraft draft, long id, CancellationToken cancellationToken)
    {
        var found = await context.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            $"SELECT id FROM {draft.Type.Table} WHERE tenant_id = @TenantId AND id = @Id",
            new { TenantId = context.Tenant.Value, Id = id },
            context.Transaction,
            cancellationToken: cancellationToken));
        if (found is null)
        {
            context.Issues.Add(SensorThingsIssues.LinkedEntityNotFound(draft.Pointer, draft.Type.Name));
        }

        return found;
    }

    private static void AddMissingProperties(StaWriteContext context, StaDraft draft)
    {
        foreach (var property in draft.Type.Properties.Where(property => property.Required && property.IsWritable))
        {
            if (!draft.Values.TryGetValue(property.Name, out var value) || value is null)
            {
                context.Issues.Add(SensorThingsIssues.MissingProperty(draft.Pointer + "/" + property.Name, property.Name));
            }
        }
    }

    private static async Task<long> InsertRowAsync(
        StaWriteContext context, StaDraft draft, IReadOnlyList<(string Column, long Id)> foreignKeys,
        CancellationToken cancellationToken)
    {
        var columns = new List<string> { "tenant_id" };
        var values = new List<string> { "@TenantId" };
        var parameters = new DynamicParameters();
        parameters.Add("TenantId", context.Tenant.Value, DbType.Int64);
        foreach (var property in draft.Type.Properties.Where(property => property.IsWritable))
        {
            if (draft.Values.TryGetValue(property.Name, out var value))
            {
                foreach (var (column, expression, parameter) in ColumnValues(property, value, parameters.ParameterNames.Count()))
                {
                    columns.Add(column);
                    values.Add(expression);
                    parameters.Add(parameter.Name, parameter.Value, parameter.Type);
                }
            }
        }

        foreach (var (column, id) in foreignKeys)
        {
            var name = Parameter(parameters.ParameterNames.Count());
            columns.Add(column);
            values.Add("@" + name);
            parameters.Add(name, id, DbType.Int64);
        }

        return await context.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"INSERT INTO {draft.Type.Table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", values)}) RETURNING id",
            parameters,
            context.Transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>The columns a property's value sets, each with its SQL value expression and parameter.</summary>
    internal static IEnumerable<(string Column, string Expression, (string Name, object? Value, DbType? Type) Parameter)>
        ColumnValues(StaProperty property, object? value, int firstIndex)
    {
        var index = firstIndex;
        (string, string, (string, object?, DbType?)) Entry(string column, object? parameterValue, DbType? type, string cast = "")
        {
            var name = Parameter(index++);
            return (column, "@" + name + cast, (name, parameterValue, type));
        }

        switch (property.Kind)
        {
            case StaValueKind.Text:
                yield return Entry(property.Columns[0], value as string, DbType.String);
                break;
            case StaValueKind.Json:
                yield return Entry(property.Columns[0], value is JsonElement json ? json.GetRawText() : null, DbType.String, "::jsonb");
                break;
            case StaValueKind.Geometry:
                var name = Parameter(index++);
                yield return (
                    property.Columns[0],
                    $"ST_SetSRID(ST_GeomFromWKB(@{name}), 4326)",
                    (name, value is Geometry geometry ? new WKBWriter().Write(geometry) : null, DbType.Binary));
                break;
            case StaValueKind.Instant:
                yield return Entry(property.Columns[0], (value as DateTimeOffset?)?.ToUniversalTime(), DbType.DateTimeOffset);
                break;
            case StaValueKind.Interval:
                var interval = value as TimeInterval?;
                yield return Entry(property.Columns[0], interval?.Start.ToUniversalTime(), DbType.DateTimeOffset);
                yield return Entry(property.Columns[1], interval?.End?.ToUniversalTime(), DbType.DateTimeOffset);
                break;
            case StaValueKind.Unit:
                var unit = value as UnitOfMeasurement;
                yield return Entry(property.Columns[0], unit?.Name, DbType.String);
                yield return Entry(property.Columns[1], unit?.Symbol, DbType.String);
                yield return Entry(property.Columns[2], unit?.Definition, DbType.String);
                break;
            case StaValueKind.Result:
                var result = value as ObservationResult ?? ObservationResult.Null;
                yield return Entry(property.Columns[0], (short)result.Kind, DbType.Int16);
                yield return Entry(property.Columns[1], result.Number, DbType.Double);
                yield return Entry(property.Columns[2], result.Boolean, DbType.Boolean);
                yield return Entry(property.Columns[3], result.ToStringForm(), DbType.String);
                yield return Entry(property.Columns[4], result.Json?.GetRawText(), DbType.String, "::jsonb");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(property), property.Kind, "Not written as columns.");
        }
    }

    private async Task<long?> InsertObservationAsync(
        StaWriteContext context, StaDraft draft, CancellationToken cancellationToken)
    {
        var issuesBefore = context.Issues.Count;
        AddMissingProperties(context, draft);
        var datastreamId = await InsertSingleRelatedAsync(
            context, draft, StaEntityTypes.Observations.FindNavigation("Datastream")!, cancellationToken);
        long? featureId = null;
        if (draft.Related.TryGetValue("FeatureOfInterest", out var features) && features.Count > 0)
        {
            featureId = await InsertAsync(context, features[0], cancellationToken);
        }
        else if (datastreamId is { } generatedFor)
        {
            featureId = await context.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                FeatureFromLocationSql,
                new { TenantId = context.Tenant.Value, DatastreamId = generatedFor },
                context.Transaction,
                cancellationToken: cancellationToken));
            if (featureId is null)
            {
                context.Issues.Add(SensorThingsIssues.NoFeatureOfInterest(draft.Pointer));
            }
        }

        if (context.Issues.Count > issuesBefore || datastreamId is null)
        {
            return null;
        }

        var values = draft.Values;
        context.PendingObservations.Add((
            new NewObservation(
                new DatastreamId(datastreamId.Value),
                featureId is { } feature ? new FeatureOfInterestId(feature) : null,
                values.GetValueOrDefault("phenomenonTime") as TimeInterval? ?? TimeInterval.At(context.Now),
                values.GetValueOrDefault("resultTime") as DateTimeOffset?,
                values.GetValueOrDefault("validTime") as TimeInterval?,
                values.GetValueOrDefault("result") as ObservationResult ?? ObservationResult.Null,
                values.GetValueOrDefault("resultQuality") as JsonElement?,
                values.GetValueOrDefault("parameters") as JsonElement?),
            draft.Pointer));
        return datastreamId;
    }

    /// <summary>
    /// Appends the held observations in one batch; issues (a reject-policy duplicate: 409) go to the context.
    /// </summary>
    /// <returns>The id of the first held observation as stored, or null when the batch refused something.</returns>
    private static async Task<long?> FlushObservationsAsync(StaWriteContext context, CancellationToken cancellationToken)
    {
        var pending = context.PendingObservations.ToList();
        context.PendingObservations.Clear();
        var outcome = await ObservationStore.AppendBatchAsync(
            context.Connection, context.Transaction, context.Tenant, pending.Select(item => item.Observation).ToList(),
            cancellationToken);
        foreach (var issue in outcome.Rejected)
        {
            var ordinal = int.Parse(issue.Pointer.TrimStart('/'), CultureInfo.InvariantCulture);
            context.Issues.Add(issue with { Pointer = pending[ordinal].Pointer });
        }

        if (context.Issues.Count > 0)
        {
            return null;
        }

        var first = pending[0].Observation;
        return await context.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT id
            FROM observations
            WHERE tenant_id = @TenantId
              AND datastream_id = @DatastreamId
              AND phenomenon_time_start = @Start
            """,
            new { TenantId = context.Tenant.Value, DatastreamId = first.DatastreamId.Value, Start = first.PhenomenonTime.Start.ToUniversalTime() },
            context.Transaction,
            cancellationToken: cancellationToken));
    }
}
