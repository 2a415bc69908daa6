using System.Net;
using System.Text.Json;

namespace OpenTerritoire.Api.Tests.SensorThings.CreateUpdateDelete;

/// <summary>PATCH, PUT and DELETE (STA 18-088 §10.3, §10.4): merge, replace, cascades, statuses.</summary>
public sealed class UpdateDeleteTests(StaHubFixture hub) : IClassFixture<StaHubFixture>
{
    private const string Requirement = "http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete";

    [Fact]
    [Trait("Requirement", Requirement + "/update-entity")]
    public async Task Patch_Name_ChangesItAndKeepsTheRest()
    {
        var writer = hub.CreateWriter();
        var thing = await StaTestData.CreateAsync(
            writer, "Things", """{"name": "Before", "description": "kept", "properties": {"a": 1}}""");

        var response = await StaTestData.PatchAsync(writer, $"Things({thing})", """{"name": "After"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await StaTestData.GetJsonAsync(writer, $"Things({thing})");
        Assert.Equal("After", body.GetProperty("name").GetString());
        Assert.Equal("kept", body.GetProperty("description").GetString());
        Assert.Equal(1, body.GetProperty("properties").GetProperty("a").GetInt32());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/historical-location-auto-creation")]
    public async Task Patch_ThingLocations_ReplacesThemAndRecordsAHistoricalLocation()
    {
        var writer = hub.CreateWriter();
        var first = await StaTestData.CreateAsync(writer, "Locations", StaTestData.LocationBody("First"));
        var second = await StaTestData.CreateAsync(writer, "Locations", StaTestData.LocationBody("Second"));
        var thing = await StaTestData.CreateAsync(
            writer, "Things", $$$"""{"name": "Mover", "description": "d", "Locations": [{"@iot.id": {{{first}}}}]}""");

        var response = await StaTestData.PatchAsync(writer, $"Things({thing})", $$$"""{"Locations": [{"@iot.id": {{{second}}}}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([second], await StaTestData.GetIdsAsync(writer, $"Things({thing})/Locations"));
        var history = await StaTestData.GetJsonAsync(
            writer, $"Things({thing})/HistoricalLocations?$orderby=time desc,id desc&$expand=Locations");
        Assert.Equal(2, history.GetProperty("value").GetArrayLength());
        Assert.Equal(second, history.GetProperty("value")[0].GetProperty("Locations")[0].GetProperty("@iot.id").GetInt64());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/update-entity")]
    public async Task Patch_DatastreamSensorLink_MovesTheDatastreamToThatSensor()
    {
        var writer = hub.CreateWriter();
        var datastream = await StaTestData.NewDatastreamAsync(writer, "Relinked");
        var sensor = await StaTestData.CreateAsync(
            writer, "Sensors", """{"name": "New sensor", "description": "d", "encodingType": "application/pdf", "metadata": "m"}""");

        var response = await StaTestData.PatchAsync(writer, $"Datastreams({datastream})", $$$"""{"Sensor": {"@iot.id": {{{sensor}}}}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(sensor, (await StaTestData.GetJsonAsync(writer, $"Datastreams({datastream})/Sensor")).GetProperty("@iot.id").GetInt64());
    }

    [Theory]
    [InlineData("""{"name": null}""", "sta.missing-property")]
    [InlineData("""{"name": 3}""", "sta.invalid-value")]
    [InlineData("""{"colour": "red"}""", "sta.unknown-property")]
    [InlineData("""{"Datastreams": []}""", "sta.read-only-property")]
    [Trait("Requirement", Requirement + "/update-entity")]
    public async Task Patch_InvalidChange_Returns400AndChangesNothing(string body, string code)
    {
        var writer = hub.CreateWriter();
        var thing = await StaTestData.CreateAsync(writer, "Things", """{"name": "Stable", "description": "d"}""");

        var response = await StaTestData.PatchAsync(writer, $"Things({thing})", body);

        Assert.Equal(code, await StaTestData.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal("Stable", (await StaTestData.GetJsonAsync(writer, $"Things({thing})")).GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/update-entity")]
    public async Task Patch_UnknownOrOtherTenantsEntity_Returns404()
    {
        var other = hub.CreateClient(hub.OtherTenant, "write");
        var foreign = await StaTestData.CreateAsync(other, "Things", """{"name": "Theirs", "description": "d"}""");

        var unknown = await StaTestData.PatchAsync(hub.CreateWriter(), "Things(9223372036854775807)", """{"name": "x"}""");
        var theirs = await StaTestData.PatchAsync(hub.CreateWriter(), $"Things({foreign})", """{"name": "x"}""");

        Assert.Equal("sta.entity-not-found", await StaTestData.ProblemCodeAsync(unknown, HttpStatusCode.NotFound));
        Assert.Equal("sta.entity-not-found", await StaTestData.ProblemCodeAsync(theirs, HttpStatusCode.NotFound));
        Assert.Equal("Theirs", (await StaTestData.GetJsonAsync(other, $"Things({foreign})")).GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/update-entity")]
    public async Task Patch_ObservationResultAndTime_UpdatesThem()
    {
        var writer = hub.CreateWriter();
        var datastream = await StaTestData.NewDatastreamAsync(writer, "Corrected");
        var observation = await StaTestData.CreateAsync(
            writer, $"Datastreams({datastream})/Observations", """{"phenomenonTime": "2023-01-31T23:00:00Z", "result": 1}""");

        var response = await StaTestData.PatchAsync(
            writer, $"Observations({observation})", """{"phenomenonTime": "2023-02-01T01:00:00Z", "result": true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await StaTestData.GetJsonAsync(writer, $"Observations({observation})");
        Assert.Equal("2023-02-01T01:00:00.000Z", body.GetProperty("phenomenonTime").GetString());
        Assert.Equal(JsonValueKind.True, body.GetProperty("result").ValueKind);
    }

    [Fact]
    [Trait("Requirement", Requirement + "/update-entity")]
    public async Task Put_WithoutAMandatoryProperty_Returns400()
    {
        var writer = hub.CreateWriter();
        var thing = await StaTestData.CreateAsync(writer, "Things", """{"name": "Whole", "description": "d"}""");

        var response = await StaTestData.PutAsync(writer, $"Things({thing})", """{"name": "Only a name"}""");

        Assert.Equal("sta.missing-property", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/update-entity")]
    public async Task Put_Complete_ReplacesAndClearsWhatIsNotGiven()
    {
        var writer = hub.CreateWriter();
        var thing = await StaTestData.CreateAsync(writer, "Things", """{"name": "Old", "description": "d", "properties": {"a": 1}}""");

        var response = await StaTestData.PutAsync(writer, $"Things({thing})", """{"name": "New", "description": "e"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await StaTestData.GetJsonAsync(writer, $"Things({thing})");
        Assert.Equal("New", body.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("properties").ValueKind);
    }

    [Fact]
    [Trait("Requirement", Requirement + "/delete-entity")]
    public async Task Delete_Thing_DeletesItsDatastreamsObservationsAndHistoricalLocations()
    {
        var writer = hub.CreateWriter();
        var datastream = await StaTestData.NewDatastreamAsync(writer, "Doomed");
        var observation = await StaTestData.CreateAsync(
            writer, $"Datastreams({datastream})/Observations", """{"phenomenonTime": "2024-01-01T00:00:00Z", "result": 1}""");
        var thing = (await StaTestData.GetJsonAsync(writer, $"Datastreams({datastream})/Thing")).GetProperty("@iot.id").GetInt64();
        var history = await StaTestData.GetIdsAsync(writer, $"Things({thing})/HistoricalLocations");
        var location = (await StaTestData.GetIdsAsync(writer, $"Things({thing})/Locations"))[0];

        var response = await StaTestData.DeleteAsync(writer, $"Things({thing})");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var gone in new[] { $"Things({thing})", $"Datastreams({datastream})", $"Observations({observation})", $"HistoricalLocations({history[0]})" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await StaTestData.GetAsync(writer, gone)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await StaTestData.GetAsync(writer, $"Locations({location})")).StatusCode);
    }

    [Fact]
    [Trait("Requirement", Requirement + "/delete-entity")]
    public async Task Delete_Location_DeletesTheHistoricalLocationsReferringToIt()
    {
        var writer = hub.CreateWriter();
        var thing = await StaTestData.CreateAsync(writer, "Things", """{"name": "Placed", "description": "d"}""");
        var location = await StaTestData.CreateAsync(writer, $"Things({thing})/Locations", StaTestData.LocationBody("Gone"));
        var history = await StaTestData.GetIdsAsync(writer, $"Locations({location})/HistoricalLocations");

        var response = await StaTestData.DeleteAsync(writer, $"Locations({location})");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StaTestData.GetAsync(writer, $"HistoricalLocations({history[0]})")).StatusCode);
        Assert.Empty(await StaTestData.GetIdsAsync(writer, $"Things({thing})/Locations"));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/delete-entity")]
    public async Task Delete_Sensor_DeletesItsDatastreams()
    {
        var writer = hub.CreateWriter();
        var datastream = await StaTestData.NewDatastreamAsync(writer, "Unsensed");
        var sensor = (await StaTestData.GetJsonAsync(writer, $"Datastreams({datastream})/Sensor")).GetProperty("@iot.id").GetInt64();

        var response = await StaTestData.DeleteAsync(writer, $"Sensors({sensor})");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StaTestData.GetAsync(writer, $"Datastreams({datastream})")).StatusCode);
    }

    [Theory]
    [InlineData("Things(9223372036854775807)", HttpStatusCode.NotFound, "sta.entity-not-found")]
    [InlineData("Things(abc)", HttpStatusCode.NotFound, "sta.unknown-resource")]
    [InlineData("Things", HttpStatusCode.BadRequest, "sta.method-not-applicable")]
    [InlineData("Things(1)/Datastreams(2)", HttpStatusCode.BadRequest, "sta.method-not-applicable")]
    [InlineData("Things(1)/name", HttpStatusCode.BadRequest, "sta.method-not-applicable")]
    [Trait("Requirement", Requirement + "/delete-entity")]
    public async Task Delete_NotAnExistingEntity_ReturnsProblem(string path, HttpStatusCode status, string code)
    {
        var response = await StaTestData.DeleteAsync(hub.CreateWriter(), path);

        Assert.Equal(code, await StaTestData.ProblemCodeAsync(response, status));
    }
}
