using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpenTerritoire.Testing;

namespace OpenTerritoire.Api.Tests.Ingest;

public sealed partial class IngestEndpointsTests
{
    private const string CarParkSchema = "car-park-occupancy-hourly@1.0.0";

    [Theory]
    [InlineData("valid", "dijon-morning.csv", "accepted")]
    [InlineData("invalid", "lat-lon-swapped.csv", "quarantined")]
    public async Task IngestFile_OperatorFile_IsArchivedWithItsTableSchemaReport(string folder, string file, string status)
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        var (feed, token) = await scenario.CreateFeedAsync("csv", new { tableSchema = CarParkSchema });
        var examples = RepositoryRoot.Combine("schemas", "operators", "car-park-occupancy-hourly", "examples", folder);
        var path = Path.Combine(examples, file);
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/ingest/{feed}/files") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await scenario.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, receipt.GetProperty("status").GetString());
        Assert.Equal(status == "accepted", receipt.GetProperty("report").GetProperty("valid").GetBoolean());
        var archived = Assert.Single(await scenario.ArchivedAsync(feed));
        Assert.Equal("file", archived.Source);
        Assert.Equal(await File.ReadAllBytesAsync(path), archived.Payload.ToArray());
    }

    [Fact]
    public async Task IngestFile_WebhookFeed_AnswersBadRequest()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        var (feed, token) = await scenario.CreateFeedAsync("ttn-v3");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/ingest/{feed}/files") { Content = new StringContent("a,b\n1,2\n") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await scenario.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ingest.not-a-file-feed", await ProblemCodeAsync(response));
        Assert.Empty(await scenario.ArchivedAsync(feed));
    }
}
