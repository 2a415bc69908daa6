using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OpenTerritoire.Api.Tests.SensorThings;

/// <summary>
/// The entity set of the OGC SensorThings test suite: 2 Things, 2 Locations, 4 Datastreams, 4 Sensors,
/// 3 ObservedProperties, 12 Observations whose FeaturesOfInterest are generated from the Things' Locations. Loaded
/// through the API, as two deep inserts, one per Thing.
/// </summary>
internal static class StaTestData
{
    public const string Root = "/sta/v1.1/";

    private const string Sensor = """{"name": "S", "description": "d", "encodingType": "application/pdf", "metadata": "m"}""";

    private const string Property = """{"name": "P", "definition": "http://example.org/p", "description": "d"}""";

    private const string Unit = """{"name": "Degree Celsius", "symbol": "degC", "definition": "ucum:Cel"}""";

    /// <summary>Posts both Things and returns their ids (Thing 1, Thing 2).</summary>
    public static async Task<(long First, long Second)> LoadAsync(HttpClient writer)
    {
        var first = await CreateAsync(writer, "Things", ThingBody(1, -117.05, 51.05, [NewProperty(1), NewProperty(2)]));
        var firstProperty = await FirstObservedPropertyAsync(writer, first);
        var second = await CreateAsync(
            writer, "Things", ThingBody(2, -100.05, 50.05, ["{\"@iot.id\": " + firstProperty + "}", NewProperty(3)]));
        return (first, second);
    }

    /// <summary>POSTs a body and returns the new entity's id, failing the test unless the answer is 201.</summary>
    public static async Task<long> CreateAsync(HttpClient client, string path, string body)
    {
        var response = await PostAsync(client, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("@iot.id").GetInt64();
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body) =>
        client.PostAsync(new Uri(Root + path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PatchAsync(HttpClient client, string path, string body) =>
        client.PatchAsync(new Uri(Root + path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PutAsync(HttpClient client, string path, string body) =>
        client.PutAsync(new Uri(Root + path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> DeleteAsync(HttpClient client, string path) =>
        client.DeleteAsync(new Uri(Root + path, UriKind.Relative));

    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string pathAndQuery) =>
        client.GetAsync(new Uri(Root + pathAndQuery, UriKind.Relative));

    /// <summary>GETs JSON, failing the test unless the answer is 200.</summary>
    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string pathAndQuery)
    {
        var response = await GetAsync(client, pathAndQuery);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<IReadOnlyList<long>> GetIdsAsync(HttpClient client, string pathAndQuery) =>
        (await GetJsonAsync(client, pathAndQuery)).GetProperty("value").EnumerateArray()
            .Select(entity => entity.GetProperty("@iot.id").GetInt64()).ToList();

    /// <summary>The problem document's first error code, after checking the status and media type.</summary>
    public static async Task<string> ProblemCodeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.GetProperty("errors")[0].GetProperty("code").GetString()!;
    }

    public static string ThingBody(int number, double longitude, double latitude, string[] observedProperties)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        var datastreams = observedProperties.Select((property, index) =>
            DatastreamBody(((number - 1) * 2) + index + 1, property));
        return $$"""
            {
              "name": "Thing {{n}}",
              "description": "The thing number {{n}}",
              "properties": { "reference": "first", "number": {{n}} },
              "Locations": [{
                "name": "Location {{n}}",
                "description": "The location of thing {{n}}",
                "encodingType": "application/vnd.geo+json",
                "location": { "type": "Point", "coordinates": [{{Number(longitude)}}, {{Number(latitude)}}] }
              }],
              "Datastreams": [{{string.Join(",", datastreams)}}]
            }
            """;
    }

    public static string NewProperty(int number)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        return $$"""
            {
              "name": "ObservedProperty {{n}}",
              "definition": "http://example.org/def/property-{{n}}",
              "description": "The observed property number {{n}}"
            }
            """;
    }

    // Observations of datastream d: hours 0, 1, 2 of 2015-03-0d, results d*10, d*10+1, d*10+2.
    private static string DatastreamBody(int number, string observedProperty)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        var observations = Enumerable.Range(0, 3).Select(hour => $$"""
            {
              "phenomenonTime": "2015-03-0{{n}}T0{{hour.ToString(CultureInfo.InvariantCulture)}}:00:00Z",
              "result": {{((number * 10) + hour).ToString(CultureInfo.InvariantCulture)}}
            }
            """);
        return $$"""
            {
              "name": "Datastream {{n}}",
              "description": "The datastream number {{n}}",
              "unitOfMeasurement": { "name": "Degree Celsius", "symbol": "degC", "definition": "http://unitsofmeasure.org/ucum.html#para-30" },
              "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
              "Sensor": {
                "name": "Sensor {{n}}",
                "description": "The sensor number {{n}}",
                "encodingType": "application/pdf",
                "metadata": "http://example.org/sensor-{{n}}.pdf"
              },
              "ObservedProperty": {{observedProperty}},
              "Observations": [{{string.Join(",", observations)}}]
            }
            """;
    }

    public static string LocationBody(string name) => $$"""
        {
          "name": "{{name}}", "description": "d", "encodingType": "application/geo+json",
          "location": {"type": "Point", "coordinates": [4.83, 45.76]}
        }
        """;

    /// <summary>A Thing at a Location named "<paramref name="name"/> place", with one Datastream; its id.</summary>
    public static async Task<long> NewDatastreamAsync(HttpClient writer, string name)
    {
        var thing = await StaTestData.CreateAsync(writer, "Things", $$"""
            {
              "name": "{{name}}", "description": "d",
              "Locations": [{{LocationBody(name + " place")}}],
              "Datastreams": [{
                "name": "{{name}} stream", "description": "d", "unitOfMeasurement": {{Unit}},
                "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                "Sensor": {{Sensor}}, "ObservedProperty": {{Property}}
              }]
            }
            """);
        return (await StaTestData.GetIdsAsync(writer, $"Things({thing})/Datastreams"))[0];
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static async Task<long> FirstObservedPropertyAsync(HttpClient client, long thing)
    {
        var ids = await GetIdsAsync(
            client, $"Things({thing.ToString(CultureInfo.InvariantCulture)})/Datastreams?$orderby=name&$top=1&$expand=ObservedProperty");
        var datastream = await GetJsonAsync(
            client, $"Datastreams({ids[0].ToString(CultureInfo.InvariantCulture)})/ObservedProperty");
        return datastream.GetProperty("@iot.id").GetInt64();
    }
}
