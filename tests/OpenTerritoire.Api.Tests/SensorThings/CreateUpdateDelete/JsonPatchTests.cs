using System.Net;
using System.Text;
using System.Text.Json;

namespace OpenTerritoire.Api.Tests.SensorThings.CreateUpdateDelete;

/// <summary>PATCH with a JSON Patch document (STA 18-088 §10.3.2, RFC 6902).</summary>
public sealed class JsonPatchTests(StaHubFixture hub) : IClassFixture<StaHubFixture>
{
    private const string Requirement = "http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete/update-entity-jsonpatch";

    [Fact]
    [Trait("Requirement", Requirement)]
    public async Task Patch_JsonPatchOperations_AppliesThemInOrder()
    {
        var writer = hub.CreateWriter();
        var thing = await StaTestData.CreateAsync(
            writer, "Things", """{"name": "Patched", "description": "d", "properties": {"a": 1, "b": 2}}""");

        var response = await JsonPatchAsync(writer, $"Things({thing})", """
            [
              {"op": "test", "path": "/name", "value": "Patched"},
              {"op": "replace", "path": "/description", "value": "changed"},
              {"op": "add", "path": "/properties/c", "value": [1, 2]},
              {"op": "remove", "path": "/properties/a"},
              {"op": "copy", "from": "/properties/b", "path": "/properties/d"}
            ]
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await StaTestData.GetJsonAsync(writer, $"Things({thing})");
        Assert.Equal("changed", body.GetProperty("description").GetString());
        var properties = body.GetProperty("properties");
        Assert.False(properties.TryGetProperty("a", out _));
        Assert.Equal(2, properties.GetProperty("d").GetInt32());
        Assert.Equal(2, properties.GetProperty("c").GetArrayLength());
    }

    [Fact]
    [Trait("Requirement", Requirement)]
    public async Task Patch_JsonPatchFailingTest_Returns409AndChangesNothing()
    {
        var writer = hub.CreateWriter();
        var thing = await StaTestData.CreateAsync(writer, "Things", """{"name": "Guarded", "description": "d"}""");

        var response = await JsonPatchAsync(writer, $"Things({thing})", """
            [{"op": "replace", "path": "/description", "value": "x"}, {"op": "test", "path": "/name", "value": "Other"}]
            """);

        Assert.Equal("sta.patch-test-failed", await StaTestData.ProblemCodeAsync(response, HttpStatusCode.Conflict));
        Assert.Equal("d", (await StaTestData.GetJsonAsync(writer, $"Things({thing})")).GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("""{"op": "replace"}""", "sta.invalid-patch")]
    [InlineData("""[{"op": "jump", "path": "/name", "value": 1}]""", "sta.invalid-patch")]
    [InlineData("""[{"op": "replace", "path": "/nothing/deep", "value": 1}]""", "sta.invalid-patch")]
    [InlineData("""[{"op": "remove", "path": "/name"}]""", "sta.missing-property")]
    [InlineData("""[{"op": "replace", "path": "/name", "value": 7}]""", "sta.invalid-value")]
    [Trait("Requirement", Requirement)]
    public async Task Patch_InvalidJsonPatch_Returns400(string patch, string code)
    {
        var writer = hub.CreateWriter();
        var thing = await StaTestData.CreateAsync(writer, "Things", """{"name": "Target", "description": "d"}""");

        var response = await JsonPatchAsync(writer, $"Things({thing})", patch);

        Assert.Equal(code, await StaTestData.ProblemCodeAsync(response, HttpStatusCode.BadRequest));
    }

    private static Task<HttpResponseMessage> JsonPatchAsync(HttpClient client, string path, string patch) =>
        client.PatchAsync(
            new Uri(StaTestData.Root + path, UriKind.Relative),
            new StringContent(patch, Encoding.UTF8, "application/json-patch+json"));
}
