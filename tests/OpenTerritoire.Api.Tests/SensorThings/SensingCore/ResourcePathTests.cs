using System.Net;
using System.Text.Json;

namespace OpenTerritoire.Api.Tests.SensorThings.SensingCore;

/// <summary>Resource paths to any depth over the test-suite entities (STA 18-088 §9.2).</summary>
public sealed class ResourcePathTests(StaDatasetFixture data) : IClassFixture<StaDatasetFixture>
{
    private const string ResourcePath = "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities";

    public static TheoryData<string> UnknownResources => new()
    {
        "Things(9223372036854775807)",
        "Things(99999999999999999999)",
        "Things(abc)",
        "Things('1')",
        "Things(-1)",
        "Thingz",
        "Things/name",
        "Things({first})/Nothing",
        "Things({first})/Datastreams(9223372036854775807)",
        "Datastreams(9223372036854775807)/Observations",
        "Observations(9223372036854775807)/Datastream/Thing",
        "Things({first})/name/$value/more",
    };

    [Fact]
    [Trait("Requirement", ResourcePath)]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel")]
    public async Task GetEntity_ById_HasControlInformationPropertiesAndNavigationLinks()
    {
        var thing = await StaTestData.GetJsonAsync(data.CreateWriter(), $"Things({data.FirstThing})");

        Assert.Equal(data.FirstThing, thing.GetProperty("@iot.id").GetInt64());
        Assert.Equal($"http://localhost/sta/v1.1/Things({data.FirstThing})", thing.GetProperty("@iot.selfLink").GetString());
        Assert.Equal("Thing 1", thing.GetProperty("name").GetString());
        Assert.Equal("The thing number 1", thing.GetProperty("description").GetString());
        Assert.Equal(1, thing.GetProperty("properties").GetProperty("number").GetInt32());
        foreach (var navigation in new[] { "Locations", "HistoricalLocations", "Datastreams" })
        {
            Assert.Equal(
                $"http://localhost/sta/v1.1/Things({data.FirstThing})/{navigation}",
                thing.GetProperty(navigation + "@iot.navigationLink").GetString());
        }
    }

    [Fact]
    [Trait("Requirement", ResourcePath)]
    public async Task GetNestedCollection_ThingDatastreams_ReturnsOnlyThatThingsDatastreams()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), $"Things({data.SecondThing})/Datastreams?$orderby=name");

        Assert.Equal(
            ["Datastream 3", "Datastream 4"],
            body.GetProperty("value").EnumerateArray().Select(item => item.GetProperty("name").GetString()));
    }

    [Fact]
    [Trait("Requirement", ResourcePath)]
    public async Task GetPath_ThreeLevelsDeep_ReturnsTheObservationsOfThatDatastream()
    {
        var client = data.CreateWriter();
        var datastreams = await StaTestData.GetIdsAsync(client, $"Things({data.FirstThing})/Datastreams?$orderby=name");

        var results = (await StaTestData.GetJsonAsync(
                client, $"Things({data.FirstThing})/Datastreams({datastreams[1]})/Observations?$orderby=phenomenonTime"))
            .GetProperty("value").EnumerateArray().Select(item => item.GetProperty("result").GetDouble());

        Assert.Equal([20.0, 21.0, 22.0], results);
    }

    [Fact]
    [Trait("Requirement", ResourcePath)]
    public async Task GetPath_DatastreamOfAnotherThing_ReturnsNotFound()
    {
        var client = data.CreateWriter();
        var datastreams = await StaTestData.GetIdsAsync(client, $"Things({data.SecondThing})/Datastreams");

        var response = await StaTestData.GetAsync(client, $"Things({data.FirstThing})/Datastreams({datastreams[0]})");

        Assert.Equal("sta.entity-not-found", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.NotFound));
    }

    [Fact]
    [Trait("Requirement", ResourcePath)]
    public async Task GetSingleNavigation_ObservationDatastreamThing_ReturnsTheThing()
    {
        var client = data.CreateWriter();
        var observations = await StaTestData.GetIdsAsync(client, $"Things({data.SecondThing})/Datastreams?$top=1");
        var observation = (await StaTestData.GetIdsAsync(client, $"Datastreams({observations[0]})/Observations?$top=1"))[0];

        var thing = await StaTestData.GetJsonAsync(client, $"Observations({observation})/Datastream/Thing");

        Assert.Equal(data.SecondThing, thing.GetProperty("@iot.id").GetInt64());
        Assert.Equal("Thing 2", thing.GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Requirement", ResourcePath)]
    public async Task GetProperty_Name_ReturnsAnObjectWithThatPropertyOnly()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), $"Things({data.FirstThing})/name");

        Assert.Equal(["name"], body.EnumerateObject().Select(property => property.Name));
        Assert.Equal("Thing 1", body.GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Requirement", ResourcePath)]
    public async Task GetRawValue_Name_ReturnsThePlainText()
    {
        var response = await StaTestData.GetAsync(data.CreateWriter(), $"Things({data.FirstThing})/name/$value");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Thing 1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    [Trait("Requirement", ResourcePath)]
    public async Task GetReferences_Collection_ReturnsSelfLinksOnly()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), $"Things({data.FirstThing})/Datastreams/$ref");

        var items = body.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, item =>
        {
            Assert.Equal(["@iot.selfLink"], item.EnumerateObject().Select(property => property.Name));
            Assert.StartsWith("http://localhost/sta/v1.1/Datastreams(", item.GetProperty("@iot.selfLink").GetString(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(UnknownResources))]
    [Trait("Requirement", ResourcePath)]
    public async Task GetResource_UnknownOrMalformed_ReturnsNotFoundProblem(string path)
    {
        var response = await StaTestData.GetAsync(
            data.CreateWriter(), path.Replace("{first}", data.FirstThing.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var code = await StaTestData.ProblemCodeAsync(response, HttpStatusCode.NotFound);
        Assert.Contains(code, new[] { "sta.unknown-resource", "sta.entity-not-found" });
    }

    [Fact]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel")]
    public async Task GetLocation_Geometry_IsGeoJson()
    {
        var location = await StaTestData.GetJsonAsync(data.CreateWriter(), $"Things({data.FirstThing})/Locations");

        var geometry = location.GetProperty("value")[0].GetProperty("location");
        Assert.Equal("Point", geometry.GetProperty("type").GetString());
        Assert.Equal([-117.05, 51.05], geometry.GetProperty("coordinates").EnumerateArray().Select(value => value.GetDouble()));
        Assert.Equal("application/vnd.geo+json", location.GetProperty("value")[0].GetProperty("encodingType").GetString());
    }

    [Fact]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel")]
    public async Task GetDatastream_Shape_HasUnitObjectAndPhenomenonTimeInterval()
    {
        var datastream = (await StaTestData.GetJsonAsync(
            data.CreateWriter(), $"Things({data.FirstThing})/Datastreams?$orderby=name&$top=1")).GetProperty("value")[0];

        var unit = datastream.GetProperty("unitOfMeasurement");
        Assert.Equal("Degree Celsius", unit.GetProperty("name").GetString());
        Assert.Equal("degC", unit.GetProperty("symbol").GetString());
        Assert.Equal("2015-03-01T00:00:00.000Z/2015-03-01T02:00:00.000Z", datastream.GetProperty("phenomenonTime").GetString());
        Assert.Equal(JsonValueKind.Null, datastream.GetProperty("observedArea").ValueKind);
    }

    [Fact]
    [Trait("Requirement", "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel")]
    public async Task GetObservation_Shape_HasInstantPhenomenonTimeAndTypedResult()
    {
        var observation = (await StaTestData.GetJsonAsync(
            data.CreateWriter(), "Observations?$orderby=phenomenonTime,result&$top=1")).GetProperty("value")[0];

        Assert.Equal("2015-03-01T00:00:00.000Z", observation.GetProperty("phenomenonTime").GetString());
        Assert.Equal(JsonValueKind.Number, observation.GetProperty("result").ValueKind);
        Assert.Equal(10, observation.GetProperty("result").GetDouble());
        Assert.Equal(JsonValueKind.Null, observation.GetProperty("resultTime").ValueKind);
        Assert.EndsWith("/FeatureOfInterest", observation.GetProperty("FeatureOfInterest@iot.navigationLink").GetString(), StringComparison.Ordinal);
    }
}
