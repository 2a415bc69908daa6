using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpenTerritoire.Testing;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.Validation;

public sealed partial class ValidationEndpointsTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private static readonly string Parking = RepositoryRoot.Combine("schemas", "observations", "parking-space-occupancy", "examples");
    private static readonly string Water = RepositoryRoot.Combine("schemas", "operators", "water-consumption-per-meter", "examples");

    [Fact]
    public async Task Validate_ValidJson_ReturnsValidReport()
    {
        var file = Directory.GetFiles(Path.Combine(Parking, "valid"), "*.json")[0];

        var report = await PostAsync("parking-space-occupancy", File.ReadAllBytes(file), "application/json");

        Assert.True(report.GetProperty("valid").GetBoolean());
        Assert.Equal("parking-space-occupancy", report.GetProperty("schemaId").GetString());
    }

    [Fact]
    public async Task Validate_InvalidJson_ReportsExpectedCodesAndPointers()
    {
        var file = Directory.GetFiles(Path.Combine(Parking, "invalid"), "*.json").First(f => !f.EndsWith(".expected.json", StringComparison.Ordinal));
        var expected = JsonDocument.Parse(File.ReadAllText(file.Replace(".json", ".expected.json", StringComparison.Ordinal))).RootElement;

        var report = await PostAsync("parking-space-occupancy@1.0.0", File.ReadAllBytes(file), "application/json");

        Assert.False(report.GetProperty("valid").GetBoolean());
        var codes = report.GetProperty("entries").EnumerateArray().Select(entry => entry.GetProperty("code").GetString()).ToList();
        Assert.All(expected.EnumerateArray(), item => Assert.Contains(item.GetProperty("code").GetString(), codes));
    }

    [Fact]
    public async Task Validate_MultipartCsvWithSemicolonsAndDecimalCommas_IsValid()
    {
        using var form = new MultipartFormDataContent();
        var bytes = File.ReadAllBytes(Path.Combine(Water, "valid", "excel-fr.csv"));
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "excel-fr.csv");

        var response = await hub.CreateClient().PostAsync(new Uri("/api/validate?schema=water-consumption-per-meter", UriKind.Relative), form);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(report.GetProperty("valid").GetBoolean(), report.ToString());
    }

    [Fact]
    public async Task Validate_TruncatedJson_ReportsMalformedInputNotAnError500()
    {
        var report = await PostAsync("parking-space-occupancy", """{"observedAt": "2026-03-01T08:00:00Z", "occ"""u8.ToArray(), "application/json");

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Contains(report.GetProperty("entries").EnumerateArray(),
            entry => entry.GetProperty("code").GetString()!.StartsWith("json.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/validate", "validate.missing-schema", 400)]
    [InlineData("/api/validate?schema=no-such-schema", "schema-registry.unknown-schema", 400)]
    [InlineData("/api/validate?schema=parking-space-occupancy@9.9.9", "schema-registry.unknown-schema", 400)]
    public async Task Validate_BadSchemaParameter_ReturnsProblemListingAccepted(string url, string code, int status)
    {
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        var response = await hub.CreateClient().PostAsync(new Uri(url, UriKind.Relative), content);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = problem.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Contains("parking-space-occupancy", error.GetProperty("expected").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnsupportedMediaType_Returns415InFrenchWhenAsked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/validate?schema=parking-space-occupancy", UriKind.Relative))
        {
            Content = new ByteArrayContent([1, 2, 3]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr-FR"));

        var response = await hub.CreateClient().SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("validate.unsupported-media-type", problem.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("type de contenu", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_AcceptHtml_ReturnsHtmlReport()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/validate?schema=parking-space-occupancy", UriKind.Relative))
        {
            Content = new StringContent("""{"observedAt": "2026-03-01T08:00:00Z"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await hub.CreateClient().SendAsync(request);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<table", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> PostAsync(string schema, byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await hub.CreateClient().PostAsync(new Uri($"/api/validate?schema={schema}", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
