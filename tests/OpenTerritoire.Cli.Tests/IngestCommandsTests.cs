using System.Globalization;
using System.Text.RegularExpressions;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Storage.Ingestion;
using OpenTerritoire.Testing;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Cli.Tests;

public sealed partial class IngestCommandsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task FeedsCreate_ThenList_PrintsTokenOnceAndListsTheFeed()
    {
        var tenant = await new Seeder(database.DataSource).TenantAsync();

        var (created, createdOutput) = await RunAsync("feeds", "create", "--tenant", tenant.Code, "--kind", "ttn-v3", "--name", "Stationnement");
        var (listed, listOutput) = await RunAsync("feeds", "list", "--tenant", tenant.Code);

        Assert.Equal(0, created);
        Assert.Matches(TokenLine(), createdOutput);
        Assert.Equal(0, listed);
        Assert.Contains("Stationnement", listOutput, StringComparison.Ordinal);
        Assert.DoesNotMatch(TokenLine(), listOutput);
    }

    [Theory]
    [InlineData("acme-park-radar.js", 0, "Registered")]
    [InlineData("looping.js", 1, "codec.example-failed")]
    public async Task CodecsAdd_Script_IsRegisteredOnlyWhenItsExamplesPass(string script, int exit, string said)
    {
        var tenant = await new Seeder(database.DataSource).TenantAsync();

        var (code, output) = await RunAsync(
            "codecs", "add", Sample(script), "--tenant", tenant.Code, "--model", "acme/park-radar",
            "--examples", Sample("acme-park-radar.examples.json"), "--mapping", Sample("acme-park-radar.mapping.json"));

        Assert.Equal(exit, code);
        Assert.Contains(said, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_UplinkOfUnregisteredDevice_IsArchivedInQuarantineThroughThePipeline()
    {
        var tenant = await new Seeder(database.DataSource).TenantAsync();
        var (_, created) = await RunAsync("feeds", "create", "--tenant", tenant.Code, "--kind", "ttn-v3", "--name", "Flux");
        var feed = FeedIdLine().Match(created).Groups["id"].Value;
        var message = Path.Combine(Path.GetTempPath(), $"ot-uplink-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(message, File.ReadAllText(Sample("ttn-v3-uplink.json"))
            .Replace("{{deviceId}}", "place-12", StringComparison.Ordinal)
            .Replace("{{devEui}}", "70B3D5E75E00A1C2", StringComparison.Ordinal)
            .Replace("{{payload}}", "lQ==", StringComparison.Ordinal)
            .Replace("{{fPort}}", "1", StringComparison.Ordinal)
            .Replace("{{fCnt}}", "7", StringComparison.Ordinal)
            .Replace("{{messageId}}", "cli-7", StringComparison.Ordinal)
            .Replace("{{time}}", DateTimeOffset.UtcNow.AddHours(-1).ToString("O", CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var (code, output) = await RunAsync("ingest", message, "--feed", feed);
        File.Delete(message);

        Assert.Equal(0, code);
        Assert.Contains("quarantined", output, StringComparison.Ordinal);
        Assert.Contains("ingest.unknown-device", output, StringComparison.Ordinal);
        var archived = await new RawArchiveStore(database.DataSource).ListByFeedAsync(
            tenant.Id, new FeedId(Guid.Parse(feed)), null, 10, CancellationToken.None);
        Assert.Equal("cli", Assert.Single(archived).Source);
    }

    [GeneratedRegex("Token \\(shown once\\): otf_")]
    private static partial Regex TokenLine();

    [GeneratedRegex("Feed (?<id>[0-9a-f-]{36})")]
    private static partial Regex FeedIdLine();

    // The ingestion samples the hub's API tests ship: one set of vendor data for both faces.
    private static string Sample(string file) =>
        RepositoryRoot.Combine("tests", "OpenTerritoire.Api.Tests", "Ingest", "Samples", file);

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync([.. args, "--connection", database.ConnectionString], output, error, CancellationToken.None);
        return (exit, output + error.ToString());
    }
}
