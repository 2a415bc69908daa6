using System.Net;
using System.Text.Json;

namespace OpenTerritoire.Api.Tests.SensorThings.RequestData;

/// <summary>Query options over the test-suite entities (STA 18-088 §9.3): paging, counting, ordering, shapes.</summary>
public sealed class QueryOptionsTests(StaDatasetFixture data) : IClassFixture<StaDatasetFixture>
{
    private const string Requirement = "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data";

    public static TheoryData<string, HttpStatusCode> InvalidOptions => new()
    {
        { "Things?$top=-1", HttpStatusCode.BadRequest },
        { "Things?$top=abc", HttpStatusCode.BadRequest },
        { "Things?$skip=x", HttpStatusCode.BadRequest },
        { "Things?$count=maybe", HttpStatusCode.BadRequest },
        { "Things?$orderby=nope", HttpStatusCode.BadRequest },
        { "Things?$select=nope", HttpStatusCode.BadRequest },
        { "Things?$expand=Nope", HttpStatusCode.BadRequest },
        { "Things?$expand=Datastreams($select=nope)", HttpStatusCode.BadRequest },
        { "Things?$filter=name eq", HttpStatusCode.BadRequest },
        { "Things?$filter=nope eq 1", HttpStatusCode.BadRequest },
        { "Things?$foo=1", HttpStatusCode.BadRequest },
        { "Observations?$resultFormat=dataArray", HttpStatusCode.NotImplemented },
        { "Things?$search=x", HttpStatusCode.NotImplemented },
    };

    [Fact]
    [Trait("Requirement", Requirement + "/top")]
    [Trait("Requirement", Requirement + "/pagination")]
    public async Task GetCollection_TopSmallerThanSet_PagesThroughNextLinks()
    {
        var client = data.CreateWriter();
        var seen = new List<long>();
        var next = "Observations?$top=5&$orderby=result";
        var pages = 0;
        while (next is not null)
        {
            var body = await StaTestData.GetJsonAsync(client, next);
            seen.AddRange(body.GetProperty("value").EnumerateArray().Select(item => item.GetProperty("@iot.id").GetInt64()));
            next = body.TryGetProperty("@iot.nextLink", out var link)
                ? link.GetString()!.Replace("http://localhost/sta/v1.1/", string.Empty, StringComparison.Ordinal)
                : null;
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(12, seen.Distinct().Count());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/pagination")]
    public async Task GetCollection_NextLink_KeepsTheOtherOptions()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Observations?$top=2&$orderby=result desc&$count=true&$select=result");

        var next = new Uri(body.GetProperty("@iot.nextLink").GetString()!);
        var query = Uri.UnescapeDataString(next.Query);
        Assert.Contains("$orderby=result desc", query, StringComparison.Ordinal);
        Assert.Contains("$select=result", query, StringComparison.Ordinal);
        Assert.Contains("$top=2", query, StringComparison.Ordinal);
        Assert.Contains("$skip=2", query, StringComparison.Ordinal);
        Assert.Contains("$count=true", query, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Requirement", Requirement + "/skip")]
    public async Task GetCollection_SkipNearTheEnd_ReturnsTheRestWithoutNextLink()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Observations?$skip=10&$orderby=result");

        Assert.Equal([41.0, 42.0], body.GetProperty("value").EnumerateArray().Select(item => item.GetProperty("result").GetDouble()));
        Assert.False(body.TryGetProperty("@iot.nextLink", out _));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/count")]
    public async Task GetCollection_CountWithTop_CountsTheWholeCollection()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Observations?$count=true&$top=1");

        Assert.Equal(12, body.GetProperty("@iot.count").GetInt64());
        Assert.Equal(1, body.GetProperty("value").GetArrayLength());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/count")]
    public async Task GetCollection_TopZeroWithCount_ReturnsOnlyTheCountAndNoNextLink()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Observations?$top=0&$count=true");

        Assert.Equal(12, body.GetProperty("@iot.count").GetInt64());
        Assert.Equal(0, body.GetProperty("value").GetArrayLength());
        Assert.False(body.TryGetProperty("@iot.nextLink", out _));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/count")]
    public async Task GetCollection_CountNotAsked_HasNoCount()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Things");

        Assert.False(body.TryGetProperty("@iot.count", out _));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/order")]
    public async Task GetCollection_OrderByDescending_SortsByThatProperty()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Observations?$orderby=result desc&$top=3");

        Assert.Equal([42.0, 41.0, 40.0], body.GetProperty("value").EnumerateArray().Select(item => item.GetProperty("result").GetDouble()));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/order")]
    public async Task GetCollection_OrderByTwoKeysThroughARelation_SortsByBoth()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Datastreams?$orderby=Thing/name desc,name");

        Assert.Equal(
            ["Datastream 3", "Datastream 4", "Datastream 1", "Datastream 2"],
            body.GetProperty("value").EnumerateArray().Select(item => item.GetProperty("name").GetString()));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/select")]
    public async Task GetCollection_SelectProperties_ReturnsOnlyThem()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Things?$select=name,description");

        Assert.All(body.GetProperty("value").EnumerateArray(), item =>
            Assert.Equal(["name", "description"], item.EnumerateObject().Select(property => property.Name)));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/select")]
    public async Task GetEntity_SelectIdAndNavigation_ReturnsTheIdAndTheLink()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), $"Things({data.FirstThing})?$select=@iot.id,Datastreams");

        Assert.Equal(["@iot.id", "Datastreams@iot.navigationLink"], body.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/expand")]
    public async Task GetEntity_ExpandWithNestedOptions_AppliesThemToTheRelatedEntities()
    {
        var body = await StaTestData.GetJsonAsync(
            data.CreateWriter(), $"Things({data.FirstThing})?$expand=Datastreams($select=name;$orderby=name desc;$top=1;$count=true)");

        var datastreams = body.GetProperty("Datastreams");
        Assert.Equal(1, datastreams.GetArrayLength());
        Assert.Equal(["name"], datastreams[0].EnumerateObject().Select(property => property.Name));
        Assert.Equal("Datastream 2", datastreams[0].GetProperty("name").GetString());
        Assert.Equal(2, body.GetProperty("Datastreams@iot.count").GetInt64());
        Assert.Contains("$skip=1", Uri.UnescapeDataString(body.GetProperty("Datastreams@iot.nextLink").GetString()!), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Requirement", Requirement + "/expand")]
    public async Task GetCollection_ExpandPath_ExpandsEachLevel()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Things?$expand=Datastreams/Observations,Locations");

        var things = body.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(2, things.Count);
        Assert.All(things, thing =>
        {
            Assert.Equal(1, thing.GetProperty("Locations").GetArrayLength());
            Assert.Equal(2, thing.GetProperty("Datastreams").GetArrayLength());
            Assert.All(thing.GetProperty("Datastreams").EnumerateArray(), datastream =>
                Assert.Equal(3, datastream.GetProperty("Observations").GetArrayLength()));
        });
    }

    [Fact]
    [Trait("Requirement", Requirement + "/expand")]
    public async Task GetCollection_ExpandSingleNavigation_EmbedsAnObject()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Datastreams?$expand=Thing($select=name),Sensor&$orderby=name");

        var first = body.GetProperty("value")[0];
        Assert.Equal(JsonValueKind.Object, first.GetProperty("Thing").ValueKind);
        Assert.Equal("Thing 1", first.GetProperty("Thing").GetProperty("name").GetString());
        Assert.Equal("Sensor 1", first.GetProperty("Sensor").GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/filter")]
    public async Task GetCollection_FilterOnResult_ReturnsTheMatchingObservations()
    {
        var body = await StaTestData.GetJsonAsync(data.CreateWriter(), "Observations?$filter=result gt 35&$orderby=result");

        Assert.Equal([40.0, 41.0, 42.0], body.GetProperty("value").EnumerateArray().Select(item => item.GetProperty("result").GetDouble()));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/filter")]
    public async Task GetCollection_FilterThroughRelations_FollowsThem()
    {
        var body = await StaTestData.GetJsonAsync(
            data.CreateWriter(), "Observations?$filter=Datastream/Thing/name eq 'Thing 2'&$count=true");

        Assert.Equal(6, body.GetProperty("@iot.count").GetInt64());
    }

    [Fact]
    [Trait("Requirement", Requirement + "/filter")]
    public async Task GetCollection_FilterGeoDistanceInMetres_FindsTheNearLocation()
    {
        var body = await StaTestData.GetJsonAsync(
            data.CreateWriter(), "Locations?$filter=geo.distance(location, geography'POINT(-117.05 51.06)') lt 2000");

        Assert.Equal(["Location 1"], body.GetProperty("value").EnumerateArray().Select(item => item.GetProperty("name").GetString()));
    }

    [Fact]
    [Trait("Requirement", Requirement + "/filter")]
    public async Task GetEntity_ExpandWithFilter_FiltersTheRelatedEntities()
    {
        var body = await StaTestData.GetJsonAsync(
            data.CreateWriter(), $"Things({data.FirstThing})/Datastreams?$expand=Observations($filter=result ge 21)&$orderby=name");

        var counts = body.GetProperty("value").EnumerateArray().Select(item => item.GetProperty("Observations").GetArrayLength());
        Assert.Equal([0, 2], counts);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    [Trait("Requirement", Requirement)]
    public async Task GetCollection_InvalidOrUnsupportedOption_ReturnsProblem(string pathAndQuery, HttpStatusCode status)
    {
        var response = await StaTestData.GetAsync(data.CreateWriter(), pathAndQuery);

        var code = await StaTestData.ProblemCodeAsync(response, status);
        Assert.False(string.IsNullOrEmpty(code));
    }
}
