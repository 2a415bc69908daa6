using System.Net;
using System.Text.Json;
using Npgsql;

namespace OpenTerritoire.Api.Tests.SensorThings.CreateUpdateDelete;

/// <summary>POST (STA 18-088 §10.2): links, deep insert all or nothing, generated features, statuses.</summary>
public sealed class CreateTests(StaHubFixture hub) : IClassFixture<StaHubFixture>
{
    private const string Requirement = "http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete";

    private const string Sensor = """{"name": "S", "description": "d", "encodingType": "application/pdf", "metadata": "m"}""";

    private const string Property = """{"name": "P", "definition": "http://example.org/p", "description": "d"}""";

    private const string Unit = """{"name": "Degree Celsius", "symbol": "degC", "definition": "ucum:Cel"}""";

    [Fact]
    [Trait("Requirement", Requirement + "/create-entity")]
    public async Task Post_Thing_Returns201WithLocationHeaderAndTheEntity()
    {
        var response = await StaTestData.PostAsync(hub.CreateWriter(), "Things", """{"name": "Lamp", "description": "A lamp post"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = body.GetProperty("@iot.id").GetInt64();
        Assert.Equal(new Uri($"http://localhost/sta/v1.1/Things({id})"), response.Headers.Location);
        Assert.Equal("Lamp", body.GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/link-to-existing-entities")]
    public async Task Post_ThingLinkingAnExistingLocation_LinksItAndRecordsAHistoricalLocation()
    {
        var writer = hub.CreateWriter();
        var location = await StaTestData.CreateAsync(writer, "Locations", StaTestData.LocationBody("Place"));

        var thing = await StaTestData.CreateAsync(
            writer, "Things", $$$"""{"name": "T", "description": "d", "Locations": [{"@iot.id": {{{location}}}}]}""");

        Assert.Equal([location], await StaTestData.GetIdsAsync(writer, $"Things({thing})/Locations"));
        var history = await StaTestData.GetJsonAsync(writer, $"Things({thing})/HistoricalLocations?$expand=Locations");
        Assert.Equal(location, history.GetProperty("value")[0].GetProperty("Locations")[0].GetProperty("@iot.id").GetInt64());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/deep-insert")]
    public async Task Post_DeepInsertWithOneInvalidEntity_StoresNothing()
    {
        var writer = hub.CreateWriter();
        var body = $$"""
            {
              "name": "Half", "description": "d",
              "Locations": [{{StaTestData.LocationBody("Half place")}}],
              "Datastreams": [{
                "name": "No unit", "description": "d",
                "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                "Sensor": {{Sensor}}, "ObservedProperty": {{Property}}
              }]
            }
            """;

        var response = await StaTestData.PostAsync(writer, "Things", body);

        Assert.Equal("sta.missing-property", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("/Datastreams/0/unitOfMeasurement", errors[0].GetProperty("pointer").GetString());
        Assert.Empty(await StaTestData.GetIdsAsync(writer, "Things?$filter=name eq 'Half'"));
        Assert.Empty(await StaTestData.GetIdsAsync(writer, "Locations?$filter=name eq 'Half place'"));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/link-to-existing-entities")]
    public async Task Post_LinkToAnUnknownEntity_Returns400()
    {
        var response = await StaTestData.PostAsync(
            hub.CreateWriter(), "Things", """{"name": "T", "description": "d", "Locations": [{"@iot.id": 9223372036854775807}]}""");

        Assert.Equal("sta.linked-entity-not-found", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/link-to-existing-entities")]
    public async Task Post_LinkToAnotherTenantsEntity_Returns400()
    {
        var other = hub.CreateClient(hub.OtherTenant, "write");
        var foreign = await StaTestData.CreateAsync(other, "Locations", StaTestData.LocationBody("Foreign"));

        var response = await StaTestData.PostAsync(
            hub.CreateWriter(), "Things", $$$"""{"name": "T", "description": "d", "Locations": [{"@iot.id": {{{foreign}}}}]}""");

        Assert.Equal("sta.linked-entity-not-found", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("""{"description": "no name"}""", "sta.missing-property")]
    [InlineData("""{"name": 5, "description": "d"}""", "sta.invalid-value")]
    [InlineData("""{"name": "T", "description": "d", "colour": "red"}""", "sta.unknown-property")]
    [InlineData("""[1, 2]""", "sta.invalid-value")]
    [InlineData("""{"name": """, "sta.invalid-value")]
    [Trait("Requirement", Requirement + "/create-entity")]
    public async Task Post_InvalidThing_Returns400WithCode(string body, string code)
    {
        var response = await StaTestData.PostAsync(hub.CreateWriter(), "Things", body);

        Assert.Equal(code, await StaTestData.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/create-entity")]
    public async Task Post_ObservationsWithoutFeature_ReuseOneFeatureMadeFromTheThingsLocation()
    {
        var writer = hub.CreateWriter();
        var datastream = await StaTestData.NewDatastreamAsync(writer, "Generated");

        var first = await StaTestData.CreateAsync(
            writer, $"Datastreams({datastream})/Observations", """{"phenomenonTime": "2020-01-01T00:00:00Z", "result": 1}""");
        var second = await StaTestData.CreateAsync(
            writer, "Observations", $$$"""{"phenomenonTime": "2020-02-01T00:00:00Z", "result": "on", "Datastream": {"@iot.id": {{{datastream}}}}}""");

        var firstFeature = await StaTestData.GetJsonAsync(writer, $"Observations({first})/FeatureOfInterest");
        var secondFeature = await StaTestData.GetJsonAsync(writer, $"Observations({second})/FeatureOfInterest");
        Assert.Equal(firstFeature.GetProperty("@iot.id").GetInt64(), secondFeature.GetProperty("@iot.id").GetInt64());
        Assert.Equal("Generated place", firstFeature.GetProperty("name").GetString());
        Assert.Equal("Point", firstFeature.GetProperty("feature").GetProperty("type").GetString());
        Assert.Equal("on", (await StaTestData.GetJsonAsync(writer, $"Observations({second})/result")).GetProperty("result").GetString());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/create-entity")]
    public async Task Post_ObservationWithIntervalAndFeature_StoresThem()
    {
        var writer = hub.CreateWriter();
        var datastream = await StaTestData.NewDatastreamAsync(writer, "Interval");

        var id = await StaTestData.CreateAsync(writer, $"Datastreams({datastream})/Observations", """
            {
              "phenomenonTime": "2021-05-01T10:00:00Z/2021-05-01T11:00:00Z",
              "resultTime": "2021-05-01T11:00:05Z",
              "result": {"count": 3},
              "parameters": {"source": "test"},
              "FeatureOfInterest": {
                "name": "Room", "description": "d", "encodingType": "application/geo+json",
                "feature": {"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.35, 48.85]}}
              }
            }
            """);

        var observation = await StaTestData.GetJsonAsync(writer, $"Observations({id})?$expand=FeatureOfInterest");
        Assert.Equal("2021-05-01T10:00:00.000Z/2021-05-01T11:00:00.000Z", observation.GetProperty("phenomenonTime").GetString());
        Assert.Equal("2021-05-01T11:00:05.000Z", observation.GetProperty("resultTime").GetString());
        Assert.Equal(3, observation.GetProperty("result").GetProperty("count").GetInt32());
        Assert.Equal("Room", observation.GetProperty("FeatureOfInterest").GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/create-entity")]
    public async Task Post_DuplicateObservationUnderRejectPolicy_Returns409AndKeepsTheFirst()
    {
        var writer = hub.CreateWriter();
        var datastream = await StaTestData.NewDatastreamAsync(writer, "Strict");
        await using (var command = hub.Database.DataSource.CreateCommand(
            "UPDATE datastreams SET duplicate_policy = 'reject' WHERE id = $1"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = datastream });
            await command.ExecuteNonQueryAsync();
        }

        var path = $"Datastreams({datastream})/Observations";
        await StaTestData.CreateAsync(writer, path, """{"phenomenonTime": "2022-01-01T00:00:00Z", "result": 1}""");
        var response = await StaTestData.PostAsync(writer, path, """{"phenomenonTime": "2022-01-01T00:00:00Z", "result": 2}""");

        Assert.Equal("store.duplicate-observation", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.Conflict));
        var results = (await StaTestData.GetJsonAsync(writer, path)).GetProperty("value").EnumerateArray()
            .Select(item => item.GetProperty("result").GetDouble());
        Assert.Equal([1.0], results);
    }

    [Fact]
    [Trait("Requirement", Requirement + "/create-entity")]
    public async Task Post_ObservationToThingWithoutLocationAndNoFeature_Returns400()
    {
        var writer = hub.CreateWriter();
        var datastream = await StaTestData.CreateAsync(writer, "Datastreams", $$"""
            {
              "name": "Nowhere", "description": "d", "unitOfMeasurement": {{Unit}},
              "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
              "Thing": {"name": "Unplaced", "description": "d"}, "Sensor": {{Sensor}}, "ObservedProperty": {{Property}}
            }
            """);

        var response = await StaTestData.PostAsync(
            writer, $"Datastreams({datastream})/Observations", """{"phenomenonTime": "2022-01-01T00:00:00Z", "result": 1}""");

        Assert.Equal("sta.no-feature-of-interest", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/historical-location-auto-creation")]
    public async Task Post_LocationUnderAThing_LinksItAndRecordsAHistoricalLocation()
    {
        var writer = hub.CreateWriter();
        var thing = await StaTestData.CreateAsync(writer, "Things", """{"name": "Moving", "description": "d"}""");

        var location = await StaTestData.CreateAsync(writer, $"Things({thing})/Locations", StaTestData.LocationBody("Here"));

        Assert.Equal([location], await StaTestData.GetIdsAsync(writer, $"Things({thing})/Locations"));
        Assert.Single(await StaTestData.GetIdsAsync(writer, $"Locations({location})/HistoricalLocations"));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/create-entity")]
    public async Task Post_UnderAnUnknownParent_Returns400AndStoresNothing()
    {
        var writer = hub.CreateWriter();

        var response = await StaTestData.PostAsync(writer, "Things(9223372036854775807)/Locations", StaTestData.LocationBody("Orphan"));

        Assert.Equal("sta.linked-entity-not-found", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
        Assert.Empty(await StaTestData.GetIdsAsync(writer, "Locations?$filter=name eq 'Orphan'"));
    }

    [Fact]
    [Trait("Requirement", Requirement)]
    public async Task Post_Anonymous_Returns401()
    {
        var response = await StaTestData.PostAsync(hub.CreateAnonymous(), "Things", """{"name": "T", "description": "d"}""");

        Assert.Equal("sta.authentication-required", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.Unauthorized));
    }

    [Fact]
    [Trait("Requirement", Requirement)]
    public async Task Post_ReadScopeOnly_Returns403()
    {
        var response = await StaTestData.PostAsync(hub.CreateOtherReader(), "Things", """{"name": "T", "description": "d"}""");

        Assert.Equal("sta.write-not-allowed", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.Forbidden));
    }

    [Theory]
    [InlineData("Things(1)")]
    [InlineData("Things(1)/name")]
    [InlineData("Things/$ref")]
    [Trait("Requirement", Requirement + "/create-entity")]
    public async Task Post_ToSomethingOtherThanACollection_Returns400(string path)
    {
        var response = await StaTestData.PostAsync(hub.CreateWriter(), path, """{"name": "T", "description": "d"}""");

        Assert.Equal("sta.method-not-applicable", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
    }
}
