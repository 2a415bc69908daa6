using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTerritoire.Adapters.Ingestion;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Cli.Commands;

/// <summary><c>openterritoire feeds create|list</c>: declare a tenant's feeds (the token is printed once) and list them.</summary>
public static class FeedsCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("feeds", "Feeds: declared sources of data for a tenant.");
        var connection = new Option<string?>("--connection") { Description = "Npgsql connection string (default: $OPENTERRITOIRE_DB)." };
        var tenant = new Option<string>("--tenant") { Description = "The tenant's code.", Required = true };

        var kind = new Option<string>("--kind") { Description = "ttn-v3, chirpstack-v4, json or csv.", Required = true };
        var name = new Option<string>("--name") { Description = "A name for people.", Required = true };
        var settings = new Option<FileInfo?>("--settings") { Description = "A JSON file of feed settings." };
        var create = new Command("create", "Declare a feed; prints its id and its token, shown this once.");
        create.Options.Add(connection);
        create.Options.Add(tenant);
        create.Options.Add(kind);
        create.Options.Add(name);
        create.Options.Add(settings);
        create.SetAction((parse, cancellationToken) => CreateAsync(
            parse.GetValue(connection), parse.GetValue(tenant)!, parse.GetValue(kind)!, parse.GetValue(name)!,
            parse.GetValue(settings), output, cancellationToken));

        var list = new Command("list", "List a tenant's feeds.");
        list.Options.Add(connection);
        list.Options.Add(tenant);
        list.SetAction((parse, cancellationToken) => ListAsync(
            parse.GetValue(connection), parse.GetValue(tenant)!, output, cancellationToken));

        command.Subcommands.Add(create);
        command.Subcommands.Add(list);
        return command;
    }

    private static async Task<int> CreateAsync(
        string? connection, string tenantCode, string kindName, string name, FileInfo? settingsFile, TextWriter output,
        CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString)
        {
            return CliApplication.UsageError;
        }

        if (!FeedKindNames.TryParse(kindName, out var kind))
        {
            await output.WriteLineAsync($"Unknown kind '{kindName}'; use one of {string.Join(", ", FeedKindNames.All)}.");
            return CliApplication.UsageError;
        }

        JsonElement? settings = settingsFile is null
            ? null
            : JsonDocument.Parse(await File.ReadAllTextAsync(settingsFile.FullName, cancellationToken)).RootElement.Clone();
        var read = FeedSettings.Read(kind, settings);
        if (!read.IsSuccess)
        {
            await CliServices.WriteIssuesAsync(read.Issues, output);
            return 1;
        }

        await using var services = CliServices.Build(connectionString);
        if (await CliServices.TenantAsync(services, tenantCode, output, cancellationToken) is not { } tenant)
        {
            return 1;
        }

        var (secret, hash) = FeedToken.New();
        var feed = await services.GetRequiredService<FeedStore>().AppendAsync(
            tenant, new Feed(FeedId.New(), tenant, name, kind, settings, hash, TimeProvider.System.GetUtcNow()), cancellationToken);
        await output.WriteLineAsync($"Feed {feed.Id} ({FeedKindNames.ToName(feed.Kind)}): POST /ingest/{feed.Id}");
        await output.WriteLineAsync($"Token (shown once): {secret}");
        return 0;
    }

    private static async Task<int> ListAsync(string? connection, string tenantCode, TextWriter output, CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString)
        {
            return CliApplication.UsageError;
        }

        await using var services = CliServices.Build(connectionString);
        if (await CliServices.TenantAsync(services, tenantCode, output, cancellationToken) is not { } tenant)
        {
            return 1;
        }

        foreach (var feed in await services.GetRequiredService<FeedStore>().ListAsync(tenant, cancellationToken))
        {
            await output.WriteLineAsync($"{feed.Id}\t{FeedKindNames.ToName(feed.Kind)}\t{feed.Name}");
        }

        return 0;
    }
}
