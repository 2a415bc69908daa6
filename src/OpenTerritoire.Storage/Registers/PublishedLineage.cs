using Dapper;
using Npgsql;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Storage.Registers;

/// <summary>Public lineage queries, across tenants by design: only published entities and visible records.</summary>
public sealed class PublishedLineage(NpgsqlDataSource dataSource)
{
    private const string DatastreamStartSql = """
        SELECT id
        FROM datastreams
        WHERE id = @Id
          AND publication = 'published'
        """;

    private const string ObservationStartSql = """
        SELECT d.id
        FROM observations o
        JOIN datastreams d ON d.id = o.datastream_id
        WHERE o.id = @Id
          AND d.publication = 'published'
        """;

    private const string DatasetExistsSql = """
        SELECT count(*)
        FROM datasets
        WHERE id = @Id
          AND publication = 'published'
        """;

    private const string DatasetStartSql = """
        SELECT d.id
        FROM datasets_datastreams dd
        JOIN datastreams d ON d.id = dd.datastream_id
        WHERE dd.dataset_id = @Id
          AND d.publication = 'published'
        ORDER BY d.id
        """;

    private const string DevicesSql = """
        SELECT DISTINCT d.thing_id AS thing, d.sensor_id AS sensor, t.publication = 'published' AS thing_public
        FROM datastreams d
        JOIN things t ON t.id = d.thing_id
        WHERE d.id = ANY (@Datastreams)
        """;

    private const string DatasetsSql = """
        SELECT DISTINCT s.id
        FROM datasets s
        JOIN datasets_datastreams dd ON dd.dataset_id = s.id
        WHERE dd.datastream_id = ANY (@Datastreams)
          AND s.publication = 'published'
        """;

    private const string VisibleRecordSql = """
        r.lifecycle = 'published'
          AND (r.do_not_show_after IS NULL OR r.do_not_show_after >= @Today::date)
        """;

    private const string SensorRecordsSql = $"""
        SELECT DISTINCT r.id, r.slug, v.document ->> 'name' AS name
        FROM register_records r
        {RegisterRecordRow.CurrentVersionJoin}
        JOIN register_links l ON l.record_id = r.id AND l.role = 'describes'
        WHERE r.kind = 'sensor'
          AND {VisibleRecordSql}
          AND (l.datastream_id = ANY (@Datastreams) OR l.thing_id = ANY (@Things) OR l.sensor_id = ANY (@Sensors))
        ORDER BY r.id
        """;

    private const string AlgorithmsSql = $"""
        SELECT DISTINCT r.id, r.slug, v.document ->> 'name' AS name
        FROM register_records r
        {RegisterRecordRow.CurrentVersionJoin}
        JOIN register_links l ON l.record_id = r.id AND l.role = 'input'
        WHERE r.kind = 'algorithm'
          AND {VisibleRecordSql}
          AND (l.datastream_id = ANY (@Datastreams) OR l.dataset_id = ANY (@Datasets)
               OR l.target_record_id = ANY (@SensorRecords))
        ORDER BY r.id
        """;

    /// <summary>The chain around a public observation, Datastream or Dataset; null when it is not public.</summary>
    public async Task<RegisterLineage?> FindAsync(
        LineageStart start, long id, DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        long[] datastreams;
        if (start == LineageStart.Dataset)
        {
            if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                DatasetExistsSql, new { Id = id }, cancellationToken: cancellationToken)) == 0)
            {
                return null;
            }

            datastreams = (await connection.QueryAsync<long>(new CommandDefinition(
                DatasetStartSql, new { Id = id }, cancellationToken: cancellationToken))).ToArray();
        }
        else
        {
            datastreams = (await connection.QueryAsync<long>(new CommandDefinition(
                start == LineageStart.Observation ? ObservationStartSql : DatastreamStartSql,
                new { Id = id },
                cancellationToken: cancellationToken))).ToArray();
            if (datastreams.Length == 0)
            {
                return null;
            }
        }

        var devices = (await connection.QueryAsync<(long Thing, long Sensor, bool ThingPublic)>(new CommandDefinition(
            DevicesSql, new { Datastreams = datastreams }, cancellationToken: cancellationToken))).ToList();
        var things = devices.Where(device => device.ThingPublic).Select(device => device.Thing).Distinct().Order().ToArray();
        var sensors = devices.Select(device => device.Sensor).Distinct().Order().ToArray();
        var datasets = (await connection.QueryAsync<long>(new CommandDefinition(
            DatasetsSql, new { Datastreams = datastreams }, cancellationToken: cancellationToken)))
            .Concat(start == LineageStart.Dataset ? [id] : [])
            .Distinct().Order().ToArray();
        var todayText = RegisterRecordRow.DateText(today);
        var sensorRecords = (await connection.QueryAsync<LineageRecord>(new CommandDefinition(
            SensorRecordsSql,
            new { Datastreams = datastreams, Things = things, Sensors = sensors, Today = todayText },
            cancellationToken: cancellationToken))).ToList();
        var algorithms = (await connection.QueryAsync<LineageRecord>(new CommandDefinition(
            AlgorithmsSql,
            new
            {
                Datastreams = datastreams,
                Datasets = datasets,
                SensorRecords = sensorRecords.Select(record => record.Id).ToArray(),
                Today = todayText,
            },
            cancellationToken: cancellationToken))).ToList();
        return new RegisterLineage(sensorRecords, things, sensors, datastreams, datasets, algorithms);
    }
}
