using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OpenTerritoire.Adapters.Ingestion;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Cli.Commands;

/// <summary>
/// <c>openterritoire ingest &lt;file&gt; --feed &lt;id&gt;</c>: one message of a feed, from a file, through the same
/// pipeline as the webhook, written with the batch writer (archive and observations in one transaction).
/// </summary>
public static class IngestCommand
{
    public static Command Create(TextWriter output)
    {
        var connection = new Option<string?>("--connection") { Description = "Npgsql connection string (default: $OPENTERRITOIRE_DB)." };
        var file = new Argument<FileInfo>("file") { Description = "The message body (JSON, JSON Lines)." };
        var feed = new Option<string>("--feed") { Description = "The feed's id.", Required = true };
        var eventType = new Option<string?>("--event") { Description = "The ChirpStack event type (up by default)." };
        var schemas = new Option<string?>("--schemas") { Description = "The schemas folder (found above the program by default)." };
        var command = new Command("ingest", "Ingest a message of a feed from a file.");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { connection, feed, eventType, schemas })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => IngestAsync(
            parse.GetValue(connection), parse.GetValue(file)!, parse.GetValue(feed)!, parse.GetValue(eventType),
            parse.GetValue(schemas), output, cancellationToken));
        return command;
    }

    private static async Task<int> IngestAsync(
        string? connection, FileInfo file, string feedId, string? eventType, string? schemas, TextWriter output,
        CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString)
        {
            return CliApplication.UsageError;
        }

        await using var services = CliServices.Build(connectionString, schemas);
        // The operator runs the CLI against the database itself: it is trusted, so no feed token is asked.
        var feed = FeedId.TryParse(feedId, out var id)
            ? await services.GetRequiredService<FeedStore>().FindForIngestionAsync(id, cancellationToken)
            : null;
        if (feed is null)
        {
            await CliServices.WriteIssuesAsync([IngestionIssues.UnknownFeed(feedId)], output);
            return 1;
        }

        var body = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        var contentType = file.Extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) ? "application/x-ndjson" : "application/json";
        var input = new IngestionInput(
            body, contentType, eventType ?? (feed.Kind == FeedKind.ChirpStackV4 ? "up" : null),
            TimeProvider.System.GetUtcNow(), "cli");
        var outcome = await services.GetRequiredService<IngestionPipeline>().RunAsync(feed, input, cancellationToken);
        var receipts = await services.GetRequiredService<IngestionWriter>().WriteBatchAsync(
            [new IngestionWrite(outcome.Message, outcome.Observations)], cancellationToken);
        var receipt = receipts[0];
        var status = receipt.Duplicate ? RawMessageStatus.Duplicate : outcome.Message.Status;
        await output.WriteLineAsync(
            $"Message {receipt.RawMessageId}: {status.ToString().ToLowerInvariant()}, {receipt.Observations} observation(s).");
        await CliServices.WriteIssuesAsync([.. outcome.Rejection, .. outcome.Quarantine], output);
        return outcome.Rejected ? 1 : 0;
    }
}
