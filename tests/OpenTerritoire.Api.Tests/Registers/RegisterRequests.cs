using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Testing.Builders;

namespace OpenTerritoire.Api.Tests.Registers;

/// <summary>The HTTP calls the register tests repeat.</summary>
internal static class RegisterRequests
{
    public static JsonObject Body(RegisterDocumentBuilder document, string? doNotShowAfter = null)
    {
        var body = new JsonObject { ["document"] = JsonNode.Parse(document.Build().GetRawText()) };
        if (doNotShowAfter is not null)
        {
            body["doNotShowAfter"] = doNotShowAfter;
        }

        return body;
    }

    public static async Task<long> CreateAsync(HttpClient client, RegisterDocumentBuilder document, string? doNotShowAfter = null)
    {
        var response = await client.PostAsJsonAsync(Path(document), Body(document, doNotShowAfter));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    public static async Task<long> PublishAsync(HttpClient client, RegisterDocumentBuilder document, string? doNotShowAfter = null)
    {
        var id = await CreateAsync(client, document, doNotShowAfter);
        (await client.PostAsync(new Uri($"{Path(document)}/{id}/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        return id;
    }

    public static string Path(RegisterDocumentBuilder document) =>
        "/api/registers/" + RegisterKindNames.ToPathSegment(document.Kind);
}
