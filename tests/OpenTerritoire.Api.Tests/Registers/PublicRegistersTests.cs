using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Testing.Builders;

namespace OpenTerritoire.Api.Tests.Registers;

/// <summary>The public registers: visibility, formats and filters.</summary>
public sealed class PublicRegistersTests(RegistersHubFixture hub) : IClassFixture<RegistersHubFixture>
{
    [Fact]
    public async Task List_DraftPublishedAndExpired_ShowsOnlyPublishedVisible()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient(tenant.Id);
        await RegisterRequests.CreateAsync(client, new RegisterDocumentBuilder(RegisterKind.Sensor));
        var shown = await RegisterRequests.PublishAsync(client, new RegisterDocumentBuilder(RegisterKind.Sensor), "2026-05-04");
        var expired = await RegisterRequests.PublishAsync(client, new RegisterDocumentBuilder(RegisterKind.Sensor), "2026-05-03");

        var listed = await hub.CreateClient().GetFromJsonAsync<JsonElement>($"/registers/sensors?tenant={tenant.Code}");
        var hidden = await hub.CreateClient().GetAsync(new Uri($"/registers/sensors/{expired}", UriKind.Relative));

        Assert.Equal([shown], listed.EnumerateArray().Select(item => item.GetProperty("id").GetInt64()));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Get_PublishedRecord_HasAbsoluteUrlHonouringForwardedHeaders()
    {
        var tenant = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.PublishAsync(hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Sensor));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/registers/sensors/{id}");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "capteurs.example.fr");

        var record = await (await hub.CreateClient().SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal($"https://capteurs.example.fr/registers/sensors/{id}", record.GetProperty("url").GetString());
    }

    [Fact]
    public async Task List_JsonLd_ParsesWithContextAndTypes()
    {
        var tenant = await hub.Seed.TenantAsync();
        await RegisterRequests.PublishAsync(hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Sensor));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/registers/sensors?tenant={tenant.Code}");
        request.Headers.Add("Accept", "application/ld+json");

        var response = await hub.CreateClient().SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("https://schema.org/", root.GetProperty("@context").GetProperty("@vocab").GetString());
        Assert.Equal("http://www.w3.org/ns/dcat#", root.GetProperty("@context").GetProperty("dcat").GetString());
        Assert.Equal("https://w3id.org/dpv#", root.GetProperty("@context").GetProperty("dpv").GetString());
        Assert.Equal("dcat:Dataset", root.GetProperty("@type").GetString());
        var record = Assert.Single(root.GetProperty("hasPart").EnumerateArray());
        Assert.Contains("dcat:CatalogRecord", record.GetProperty("@type").EnumerateArray().Select(type => type.GetString()));
        Assert.Equal("GeoCoordinates", record.GetProperty("geo").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task List_Csv_RoundTripsFieldsWithCommasQuotesAndLineBreaks()
    {
        var tenant = await hub.Seed.TenantAsync();
        const string name = "Capteur \"rue Crébillon\", face au n° 3\r\nsous l'abri";
        await RegisterRequests.PublishAsync(
            hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Sensor).With("name", name));

        var csv = await hub.CreateClient().GetStringAsync(new Uri($"/registers/sensors?tenant={tenant.Code}&format=csv", UriKind.Relative));
        var rows = Rfc4180.Parse(csv);

        Assert.Equal(2, rows.Count);
        var header = rows[0];
        Assert.Equal(name, rows[1][header.IndexOf("name")]);
        Assert.Equal("parking|mobility", rows[1][header.IndexOf("themes")]);
        Assert.Equal("-1.55568", rows[1][header.IndexOf("longitude")]);
        Assert.All(rows, row => Assert.Equal(header.Count, row.Count));
    }

    [Fact]
    public async Task List_GeoJson_IsFeatureCollectionWithRecordPosition()
    {
        var tenant = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.PublishAsync(hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Sensor));

        var collection = await hub.CreateClient().GetFromJsonAsync<JsonElement>($"/registers/sensors?tenant={tenant.Code}&format=geojson");

        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var feature = Assert.Single(collection.GetProperty("features").EnumerateArray());
        Assert.Equal(id, feature.GetProperty("id").GetInt64());
        Assert.Equal([-1.55568, 47.21725], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(value => value.GetDouble()));
    }

    [Theory]
    [InlineData("theme=parking", 1)]
    [InlineData("theme=water", 0)]
    [InlineData("personalData=false", 1)]
    [InlineData("personalData=true", 0)]
    [InlineData("status=active", 1)]
    [InlineData("bbox=-1.6,47.2,-1.5,47.3", 1)]
    [InlineData("bbox=2.2,48.8,2.4,48.9", 0)]
    public async Task List_Filter_SelectsRecords(string filter, int count)
    {
        var tenant = await hub.Seed.TenantAsync();
        await RegisterRequests.PublishAsync(hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Sensor));

        var listed = await hub.CreateClient().GetFromJsonAsync<JsonElement>($"/registers/sensors?tenant={tenant.Code}&{filter}");

        Assert.Equal(count, listed.GetArrayLength());
    }

    [Theory]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("personalData=oui", "personalData")]
    public async Task List_BadFilter_Returns400BadFilter(string filter, string pointer)
    {
        var response = await hub.CreateClient().GetAsync(new Uri($"/registers/sensors?{filter}", UriKind.Relative));
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("register.bad-filter", error.GetProperty("code").GetString());
        Assert.Equal(pointer, error.GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task Get_SensorPastActiveUntil_IsFlagged()
    {
        var tenant = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.PublishAsync(
            hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Sensor).With("activeUntil", "2026-05-01"));

        var record = await hub.CreateClient().GetFromJsonAsync<JsonElement>($"/registers/sensors/{id}");

        Assert.True(record.GetProperty("pastActiveUntil").GetBoolean());
    }

    /// <summary>A strict RFC 4180 reader, independent of the writer under test.</summary>
    private static class Rfc4180
    {
        public static List<List<string>> Parse(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var index = 0; index < text.Length; index++)
            {
                var character = text[index];
                if (quoted)
                {
                    if (character == '"' && index + 1 < text.Length && text[index + 1] == '"')
                    {
                        field.Append('"');
                        index++;
                    }
                    else if (character == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(character);
                    }
                }
                else if (character == '"')
                {
                    quoted = true;
                }
                else if (character == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (character == '\r' && index + 1 < text.Length && text[index + 1] == '\n')
                {
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    index++;
                }
                else
                {
                    field.Append(character);
                }
            }

            return rows;
        }
    }
}
