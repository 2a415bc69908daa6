using OpenTerritoire.Storage.Migrations;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Cli.Tests;

public sealed class DatabaseCommandTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task DbMigrate_MigratedDatabase_SaysUpToDateAndExitsZero()
    {
        var (exit, output) = await RunAsync("db", "migrate", "--connection", database.ConnectionString);

        Assert.Equal(0, exit);
        Assert.Contains($"version {MigrationCatalog.LatestVersion}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbStatus_MigratedDatabase_ExitsZero()
    {
        var (exit, output) = await RunAsync("db", "status", "--connection", database.ConnectionString);

        Assert.Equal(0, exit);
        Assert.Contains("reachable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbStatus_UnreachableServer_ExitsOne()
    {
        var (exit, output) = await RunAsync("db", "status", "--connection", "Host=127.0.0.1;Port=1;Username=x;Timeout=2");

        Assert.Equal(1, exit);
        Assert.Contains("not reachable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_Always_ExitsTwo()
    {
        var (exit, _) = await RunAsync("frobnicate");

        Assert.Equal(2, exit);
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApplication.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output + error.ToString());
    }
}
