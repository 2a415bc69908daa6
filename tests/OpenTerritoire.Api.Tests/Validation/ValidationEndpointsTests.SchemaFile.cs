using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OpenTerritoire.Api.Tests.Validation;

public sealed partial class ValidationEndpointsTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Validation", "Data");

    [Fact]
    public async Task Validate_SchemaSentWithTheFile_ReportsRealWorldMistakes()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(File.ReadAllText(Path.Combine(Data, "bornes-recharge.schema.json")), Encoding.UTF8, "application/json"), "schema");
        var file = new ByteArrayContent(File.ReadAllBytes(Path.Combine(Data, "bornes-avec-erreurs.csv")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "bornes-avec-erreurs.csv");

        var response = await hub.CreateClient().PostAsync(new Uri("/api/validate", UriKind.Relative), form);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(report.GetProperty("valid").GetBoolean());
        var entries = report.GetProperty("entries").EnumerateArray()
            .Select(entry => (Code: entry.GetProperty("code").GetString(), Row: entry.GetProperty("location").TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Number ? row.GetInt64() : -1))
            .ToList();
        Assert.Contains(("table.siren-checksum", 2L), entries);
        Assert.Contains(("table.maximum", 3L), entries);
        Assert.Contains(entries, entry => entry.Code == "table.extra-column");
        Assert.DoesNotContain(entries, entry => entry.Code == "table.type" && entry.Row == 2);
    }

    [Fact]
    public async Task Validate_SchemaSentIsNotJson_Returns400PointingAtIt()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("{ not json", Encoding.UTF8, "application/json"), "schema");
        form.Add(new StringContent("a,b\n1,2\n", Encoding.UTF8, "text/csv"), "file", "x.csv");

        var response = await hub.CreateClient().PostAsync(new Uri("/api/validate", UriKind.Relative), form);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("/body/schema", problem.GetProperty("errors")[0].GetProperty("pointer").GetString(), StringComparison.Ordinal);
    }
}
