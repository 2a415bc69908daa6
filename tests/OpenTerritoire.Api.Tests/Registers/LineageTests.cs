using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Catalog;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Storage.Catalog;
using OpenTerritoire.Storage.Sensing;
using OpenTerritoire.Testing.Builders;

namespace OpenTerritoire.Api.Tests.Registers;

/// <summary>Lineage: sensor record → device → datastream → dataset → algorithms, from any of its links.</summary>
public sealed class LineageTests(RegistersHubFixture hub) : IClassFixture<RegistersHubFixture>
{
    [Theory]
    [InlineData("datastreams")]
    [InlineData("datasets")]
    [InlineData("observations")]
    public async Task Lineage_FromAnyStart_ReturnsWholePublicChain(string start)
    {
        var chain = await ChainAsync();
        var startId = start switch
        {
            "datastreams" => chain.Datastream,
            "datasets" => chain.Dataset,
            _ => chain.Observation,
        };

        var lineage = await hub.CreateClient().GetFromJsonAsync<JsonElement>($"/registers/lineage/{start}/{startId}");

        Assert.Equal([chain.SensorRecord], Ids(lineage, "sensorRecords"));
        Assert.Equal([chain.Thing], Longs(lineage, "things"));
        Assert.Equal([chain.Datastream], Longs(lineage, "datastreams"));
        Assert.Equal([chain.Dataset], Longs(lineage, "datasets"));
        Assert.Equal([chain.AlgorithmOnDataset, chain.AlgorithmOnSensorRecord], Ids(lineage, "algorithms"));
    }

    [Fact]
    public async Task Lineage_DraftDatastream_Returns404()
    {
        var tenant = await hub.Seed.TenantAsync();
        var datastream = await hub.Seed.DatastreamAsync(tenant.Id);

        var response = await hub.CreateClient().GetAsync(new Uri($"/registers/lineage/datastreams/{datastream.Id.Value}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(long Datastream, long Thing, long Dataset, long Observation, long SensorRecord, long AlgorithmOnDataset, long AlgorithmOnSensorRecord)> ChainAsync()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient(tenant.Id);
        var datastream = await hub.Seed.DatastreamAsync(tenant.Id, publication: PublicationState.Published);
        var datasets = new DatasetStore(hub.Database.DataSource);
        var dataset = await datasets.AppendAsync(
            tenant.Id,
            new Dataset(default, tenant.Id, "qualite-air", "Qualité de l'air", "", "etalab-2.0", PublicationState.Published,
                RegistersHubFixture.Now, RegistersHubFixture.Now),
            CancellationToken.None);
        await datasets.LinkDatastreamAsync(tenant.Id, dataset.Id, datastream.Id, CancellationToken.None);
        var observation = await new ObservationStore(hub.Database.DataSource).AppendAsync(
            tenant.Id, new NewObservationBuilder(datastream.Id).At(RegistersHubFixture.Now).Build(), CancellationToken.None);

        var sensorRecord = await RegisterRequests.PublishAsync(client, new RegisterDocumentBuilder(RegisterKind.Sensor));
        await LinkAsync(client, "sensors", sensorRecord, "describes", "thing", datastream.ThingId.Value);
        var onDataset = await RegisterRequests.PublishAsync(client, new RegisterDocumentBuilder(RegisterKind.Algorithm));
        await LinkAsync(client, "algorithms", onDataset, "input", "dataset", dataset.Id.Value);
        var onRecord = await RegisterRequests.PublishAsync(client, new RegisterDocumentBuilder(RegisterKind.Algorithm));
        await LinkAsync(client, "algorithms", onRecord, "input", "record", sensorRecord);
        var draft = await RegisterRequests.CreateAsync(client, new RegisterDocumentBuilder(RegisterKind.Algorithm));
        await LinkAsync(client, "algorithms", draft, "input", "datastream", datastream.Id.Value);

        return (datastream.Id.Value, datastream.ThingId.Value, dataset.Id.Value, observation.Value.Id.Value, sensorRecord, onDataset, onRecord);
    }

    private static async Task LinkAsync(HttpClient client, string register, long id, string role, string target, long targetId) =>
        (await client.PostAsJsonAsync($"/api/registers/{register}/{id}/links", new { role, target, id = targetId })).EnsureSuccessStatusCode();

    private static IEnumerable<long> Ids(JsonElement lineage, string name) =>
        lineage.GetProperty(name).EnumerateArray().Select(item => item.GetProperty("id").GetInt64());

    private static IEnumerable<long> Longs(JsonElement lineage, string name) =>
        lineage.GetProperty(name).EnumerateArray().Select(item => item.GetInt64());
}
