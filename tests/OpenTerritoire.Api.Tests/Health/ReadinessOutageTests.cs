using System.Diagnostics;
using System.Net;
using OpenTerritoire.Testing;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.Health;

/// <summary>Stopping PostgreSQL makes /ready fail; starting it again makes /ready pass, without restarting the hub.</summary>
public sealed class ReadinessOutageTests : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ot-outage-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string script = RepositoryRoot.Combine("tools", "pg", "pg");
    private string connectionString = string.Empty;

    public Task InitializeAsync()
    {
        connectionString = Run("start", directory).Trim();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Run("destroy", directory);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GetReady_DatabaseStoppedThenRestarted_FailsThenRecovers()
    {
        var port = File.ReadAllText(Path.Combine(directory, "port")).Trim();
        await using var hub = new HubApplication(connectionString);
        using var client = hub.CreateClient();
        await WaitForAsync(client, HttpStatusCode.OK);

        Run("stop", directory);
        var down = await client.GetAsync(new Uri("/ready", UriKind.Relative));
        var alive = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Run("start", directory, port);
        var recovered = await WaitForAsync(client, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered);
    }

    private static async Task<HttpStatusCode> WaitForAsync(HttpClient client, HttpStatusCode expected)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 60 && status != expected; attempt++)
        {
            status = (await client.GetAsync(new Uri("/ready", UriKind.Relative))).StatusCode;
            if (status != expected)
            {
                await Task.Delay(500);
            }
        }

        return status;
    }

    private string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
