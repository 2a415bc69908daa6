using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Api.Tests.Ingest;

public sealed partial class IngestEndpointsTests
{
    /// <summary>Bad webhook bodies: the status, the first issue code, and the body still archived.</summary>
    public static TheoryData<string, string, HttpStatusCode, string> BadBodies => new()
    {
        { "malformed JSON", "{\"end_device_ids\": ", HttpStatusCode.BadRequest, "envelope.malformed-json" },
        { "bad base64", Sample("lQ=!"), HttpStatusCode.BadRequest, "envelope.bad-base64" },
        { "unknown fPort", Sample("lQ==", fPort: 77), HttpStatusCode.BadRequest, "codec.unknown-fport" },
        { "payload shorter than its layout", Sample("AQ==", fPort: 2), HttpStatusCode.BadRequest, "codec.payload-too-short" },
        { "oversized body", new string(' ', (1024 * 1024) + 1), HttpStatusCode.RequestEntityTooLarge, "ingest.too-large" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task IngestMessage_BadBody_AnswersItsProblemAndArchivesTheBody(
        string description, string body, HttpStatusCode status, string code)
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        await scenario.RegisterBuiltInParkingAsync();
        await scenario.RegisterDeviceAsync(ParkingDevEui, "nwave/nps405");
        var (feed, token) = await scenario.CreateFeedAsync("ttn-v3");

        var response = await scenario.PostAsync(feed, token, Json(body));

        Assert.True(status == response.StatusCode, description);
        Assert.Equal(code, await ProblemCodeAsync(response));
        Assert.Equal(RawMessageStatus.Quarantined, Assert.Single(await scenario.ArchivedAsync(feed)).Status);
    }

    [Fact]
    public async Task IngestMessage_WrongToken_AnswersUnauthorizedAndArchivesNothing()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        var (feed, _) = await scenario.CreateFeedAsync("ttn-v3");

        var response = await scenario.PostAsync(feed, "otf_not-the-token", Json(Sample("lQ==")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("ingest.wrong-token", await ProblemCodeAsync(response));
        Assert.Empty(await scenario.ArchivedAsync(feed));
    }

    [Theory]
    [InlineData("6f1c1d5e-2b1f-4f43-9a55-3c1d7a0e9b11")]
    [InlineData("not-a-feed")]
    public async Task IngestMessage_UnknownFeed_AnswersNotFound(string feed)
    {
        var scenario = await IngestScenario.CreateAsync(fixture);

        var response = await scenario.PostAsync(feed, "otf_whatever", Json(Sample("lQ==")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ingest.unknown-feed", await ProblemCodeAsync(response));
    }

    [Fact]
    public async Task IngestMessage_ChirpStackUnknownEvent_AnswersBadRequestAndArchives()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        var (feed, token) = await scenario.CreateFeedAsync("chirpstack-v4");

        var response = await scenario.PostAsync(
            feed, token, IngestSample.ChirpStack(ParkingDevEui, "lQ==", 1, Morning).Content(), "reboot");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("envelope.unknown-event", await ProblemCodeAsync(response));
        Assert.Single(await scenario.ArchivedAsync(feed));
    }

    private static string Sample(string payload, int fPort = 1) =>
        IngestSample.Ttn(ParkingDevEui, payload, 30, Morning, fPort).Text();

    private static StringContent Json(string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
