using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.Landing;

public sealed class LandingEndpointsTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task GetLanding_Browser_ReturnsFrenchHtmlListingTheContract()
    {
        var html = await hub.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/openapi.yaml\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ready\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLanding_LangEn_ReturnsEnglishHtml()
    {
        var html = await hub.CreateClient().GetStringAsync(new Uri("/?lang=en", UriKind.Relative));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("REST API contract", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLanding_AcceptJson_ReturnsLinks()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await hub.CreateClient().SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains(body.GetProperty("links").EnumerateArray(),
            link => link.GetProperty("href").GetString() == "/openapi.yaml" && link.GetProperty("rel").GetString() == "service-desc");
    }
}
