using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Api.Registers;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Testing.Builders;
using QRCoder;

namespace OpenTerritoire.Api.Tests.Registers;

/// <summary>Legal pages, QR codes, DTPR labels and the report form.</summary>
public sealed class CitizenFacingTests(RegistersHubFixture hub) : IClassFixture<RegistersHubFixture>
{
    [Fact]
    public async Task MentionExplicite_DecisionAlgorithm_HasEveryR311311Element()
    {
        var tenant = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.PublishAsync(hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Algorithm));

        var response = await hub.CreateClient().GetAsync(new Uri($"/registers/algorithms/{id}/mention-explicite", UriKind.Relative));
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Syndicat des eaux exemple (identifiant fictif)", html, StringComparison.Ordinal);
        Assert.Contains("Prévenir les abonnés d'une fuite probable", html, StringComparison.Ordinal);
        Assert.Contains("droit d'obtenir la communication des règles", html, StringComparison.Ordinal);
        Assert.Contains("eau@example.fr", html, StringComparison.Ordinal);
        Assert.Contains("Commission d'accès aux documents administratifs", html, StringComparison.Ordinal);
        Assert.Contains($"/registers/algorithms/{id}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplanationRequest_DecisionAlgorithm_ListsTheFourR311312Items()
    {
        var tenant = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.PublishAsync(hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Algorithm));

        var html = System.Net.WebUtility.HtmlDecode(await hub.CreateClient().GetStringAsync(
            new Uri($"/registers/algorithms/{id}/demande-explication", UriKind.Relative)));

        Assert.Contains("degré et le mode de contribution", html, StringComparison.Ordinal);
        Assert.Contains("aide à la décision", html, StringComparison.Ordinal);
        Assert.Contains("Index journaliers des compteurs d'eau", html, StringComparison.Ordinal);
        Assert.Contains("Seuil d'alerte", html, StringComparison.Ordinal);
        Assert.Contains("Calcul de la consommation moyenne", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LegalPages_AlgorithmNotFoundingDecisions_Return404()
    {
        var tenant = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.PublishAsync(
            hub.CreateClient(tenant.Id),
            new RegisterDocumentBuilder(RegisterKind.Algorithm).With("foundsIndividualDecisions", false)
                .With("mentionExplicite", null).With("explanationRequest", null));

        var mention = await hub.CreateClient().GetAsync(new Uri($"/registers/algorithms/{id}/mention-explicite", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, mention.StatusCode);
    }

    [Fact]
    public async Task Inventory_Tenant_ListsOnlyDecisionAlgorithms()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient(tenant.Id);
        await RegisterRequests.PublishAsync(client, new RegisterDocumentBuilder(RegisterKind.Algorithm).With("name", "Écrêtement"));
        await RegisterRequests.PublishAsync(client, new RegisterDocumentBuilder(RegisterKind.Algorithm).With("name", "Tournées")
            .With("foundsIndividualDecisions", false).With("mentionExplicite", null).With("explanationRequest", null));

        var html = System.Net.WebUtility.HtmlDecode(await hub.CreateClient().GetStringAsync(
            new Uri($"/registers/algorithms/inventaire?tenant={tenant.Code}", UriKind.Relative)));

        Assert.Contains("L312-1-3", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Écrêtement</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tournées", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QrCode_SvgAndPng_EncodeThePublicPageUrl()
    {
        var tenant = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.PublishAsync(hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Sensor));
        var expectedUrl = $"https://capteurs.example.fr/registers/sensors/{id}";

        var svg = await GetForwardedAsync($"/registers/sensors/{id}/qr.svg");
        var png = await GetForwardedAsync($"/registers/sensors/{id}/qr.png");

        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new SvgQRCode(CitizenFacingEndpoints.QrData(expectedUrl)).GetGraphic(8), await svg.Content.ReadAsStringAsync());
        Assert.Equal(new PngByteQRCode(CitizenFacingEndpoints.QrData(expectedUrl)).GetGraphic(8), await png.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(
            new PngByteQRCode(CitizenFacingEndpoints.QrData($"http://localhost/registers/sensors/{id}")).GetGraphic(8),
            await png.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Labels_ParkingSensor_DerivesTheEightDtprCategoriesInFrench()
    {
        var tenant = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.PublishAsync(hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Sensor));

        var labels = (await hub.CreateClient().GetFromJsonAsync<JsonElement>($"/registers/sensors/{id}/labels"))
            .EnumerateArray().ToDictionary(label => label.GetProperty("category").GetString()!);

        Assert.Equal(
            ["purpose", "technology", "data", "processing", "access", "storage", "retention", "accountable"],
            labels.Keys);
        Assert.Equal("mobility", labels["purpose"].GetProperty("element").GetString());
        Assert.Equal("motion_detector", labels["technology"].GetProperty("element").GetString());
        Assert.Equal("aggregated", labels["processing"].GetProperty("element").GetString());
        Assert.Equal("available_to_download", labels["access"].GetProperty("element").GetString());
        Assert.Equal("Données brutes conservées 1 an", labels["retention"].GetProperty("text").GetString());
        Assert.Equal("But", labels["purpose"].GetProperty("categoryFr").GetString());
    }

    [Fact]
    public async Task Report_OnPublicSensor_IsStoredForItsTenant()
    {
        var tenant = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.PublishAsync(hub.CreateClient(tenant.Id), new RegisterDocumentBuilder(RegisterKind.Sensor));

        var response = await hub.CreateClient().PostAsJsonAsync(
            "/registers/reports", new { kind = "problem", recordId = id, message = "Le capteur est arraché." });
        var reports = await hub.CreateClient(tenant.Id).GetFromJsonAsync<JsonElement>("/api/registers/reports");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = Assert.Single(reports.EnumerateArray());
        Assert.Equal(id, report.GetProperty("recordId").GetInt64());
        Assert.Equal("problem", report.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("fr", "Le signalement ne peut pas être pris en compte")]
    [InlineData("en", "The report cannot be taken")]
    public async Task Report_UnknownKindAndEmptyMessage_Returns400InCallersLanguage(string language, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/registers/reports")
        {
            Content = JsonContent.Create(new { kind = "complaint", message = "", tenant = "nowhere" }),
        };
        request.Headers.Add("Accept-Language", language);

        var response = await hub.CreateClient().SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(title, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(["/kind", "/message"], problem.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("pointer").GetString()));
    }

    private async Task<HttpResponseMessage> GetForwardedAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "capteurs.example.fr");
        return await hub.CreateClient().SendAsync(request);
    }
}
