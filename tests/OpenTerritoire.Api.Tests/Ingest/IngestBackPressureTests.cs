using System.Net;
using OpenTerritoire.Storage.Ingestion;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OpenTerritoire.Api.Tests.Ingest;

/// <summary>A full write queue answers 503 with Retry-After; the writer loop is off so the queue stays full.</summary>
public sealed class IngestBackPressureTests : IAsyncLifetime
{
    private readonly IngestHubFixture fixture = new();
    private HubApplication? hub;

    public async Task InitializeAsync()
    {
        await fixture.InitializeAsync();
        hub = new HubApplication(
            fixture.Database.ConnectionString,
            new Dictionary<string, string?> { ["Ingest:RunWriter"] = "false", ["Ingestion:QueueCapacity"] = "1" },
            TestCaller.Register);
    }

    public async Task DisposeAsync()
    {
        if (hub is not null)
        {
            await hub.DisposeAsync();
        }

        await fixture.DisposeAsync();
    }

    [Fact]
    public async Task IngestMessage_WriteQueueFull_AnswersServiceUnavailableWithRetryAfter()
    {
        var scenario = await IngestScenario.CreateAsync(fixture);
        using var client = hub!.CreateClient();
        var tenantClient = new IngestScenario(fixture, scenario.Tenant, client);
        client.DefaultRequestHeaders.Add(TestCaller.TenantHeader, scenario.Tenant.ToString());
        client.DefaultRequestHeaders.Add(TestCaller.ScopesHeader, "admin");
        var (feed, token) = await tenantClient.CreateFeedAsync("ttn-v3");
        var writer = hub.Services.GetRequiredService<IngestionWriter>();

        var first = tenantClient.PostAsync(feed, token, IngestSample.Ttn("70B3D5E75E00A1C2", "lQ==", 1, DateTimeOffset.UtcNow).Content());
        while (writer.QueueLength == 0 && !first.IsCompleted)
        {
            await Task.Delay(10);
        }

        var second = await tenantClient.PostAsync(
            feed, token, IngestSample.Ttn("70B3D5E75E00A1C2", "lA==", 2, DateTimeOffset.UtcNow).Content());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), second.Headers.RetryAfter?.Delta);
        Assert.Equal(1, writer.QueueLength);
    }
}
