using System.Net;
using Npgsql;

namespace OpenTerritoire.Api.Tests.SensorThings.SensingCore;

/// <summary>
/// Who reads what: anonymous callers and other tenants see published entities only (and what serves them); a
/// tenant's own callers also see its drafts.
/// </summary>
public sealed class VisibilityTests(StaHubFixture hub) : IClassFixture<StaHubFixture>
{
    [Fact]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities")]
    public async Task Get_DraftAndPublishedThings_OthersSeeOnlyThePublishedOneAndWhatServesIt()
    {
        var writer = hub.CreateWriter();
        var draft = await StaTestData.NewDatastreamAsync(writer, "V1 draft");
        var published = await StaTestData.NewDatastreamAsync(writer, "V1 published");
        foreach (var datastream in new[] { draft, published })
        {
            await StaTestData.CreateAsync(
                writer, $"Datastreams({datastream})/Observations", """{"phenomenonTime": "2024-06-01T00:00:00Z", "result": 1}""");
        }

        var publishedThing = (await StaTestData.GetJsonAsync(writer, $"Datastreams({published})/Thing")).GetProperty("@iot.id").GetInt64();
        await PublishAsync(publishedThing, published);

        foreach (var reader in new[] { hub.CreateAnonymous(), hub.CreateOtherReader() })
        {
            Assert.Equal([publishedThing], await StaTestData.GetIdsAsync(reader, "Things?$filter=startswith(name,'V1 ')"));
            Assert.Equal([published], await StaTestData.GetIdsAsync(reader, "Datastreams?$filter=startswith(Thing/name,'V1 ')"));
            Assert.Single(await StaTestData.GetIdsAsync(reader, "Observations?$filter=startswith(Datastream/Thing/name,'V1 ')"));
            Assert.Single(await StaTestData.GetIdsAsync(reader, "Sensors?$filter=startswith(Datastreams/Thing/name,'V1 ')"));
            Assert.Single(await StaTestData.GetIdsAsync(
                reader, "ObservedProperties?$filter=startswith(Datastreams/Thing/name,'V1 ')"));
            Assert.Single(await StaTestData.GetIdsAsync(reader, "Locations?$filter=startswith(name,'V1 ')"));
            Assert.Single(await StaTestData.GetIdsAsync(reader, "HistoricalLocations?$filter=startswith(Thing/name,'V1 ')"));
            Assert.Single(await StaTestData.GetIdsAsync(reader, "FeaturesOfInterest?$filter=startswith(name,'V1 ')"));
            Assert.Equal(HttpStatusCode.NotFound, (await StaTestData.GetAsync(reader, $"Datastreams({draft})")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await StaTestData.GetAsync(reader, $"Datastreams({draft})/Observations")).StatusCode);
        }

        Assert.Equal(2, (await StaTestData.GetIdsAsync(writer, "Datastreams?$filter=startswith(Thing/name,'V1 ')")).Count);
    }

    [Fact]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/expand")]
    public async Task Get_ExpandFromPublishedEntity_LeavesOutDraftRelatedEntities()
    {
        var writer = hub.CreateWriter();
        var published = await StaTestData.NewDatastreamAsync(writer, "Shown");
        var thing = (await StaTestData.GetJsonAsync(writer, $"Datastreams({published})/Thing")).GetProperty("@iot.id").GetInt64();
        await PublishAsync(thing);

        var body = await StaTestData.GetJsonAsync(hub.CreateAnonymous(), $"Things({thing})?$expand=Datastreams");

        Assert.Equal(0, body.GetProperty("Datastreams").GetArrayLength());
    }

    private async Task PublishAsync(long thing, long? datastream = null)
    {
        await using var batch = hub.Database.DataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE things SET publication = 'published' WHERE id = $1")
        {
            Parameters = { new NpgsqlParameter { Value = thing } },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("UPDATE datastreams SET publication = 'published' WHERE id = $1")
        {
            Parameters = { new NpgsqlParameter { Value = (object?)datastream ?? DBNull.Value } },
        });
        await batch.ExecuteNonQueryAsync();
    }
}
