using System.CommandLine;
using OpenTerritoire.Schemas;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Schemas.Rules;
using Spectre.Console;

namespace OpenTerritoire.Cli.Commands;

/// <summary>
/// <c>openterritoire validate FILE --schema ID[@VERSION] [--format text|json|html|junit]</c>: exit code 0 when the
/// file conforms, 1 when it does not, 2 on a usage error (unknown schema, missing file, unknown format).
/// </summary>
public static class ValidateCommand
{
    private const int Valid = 0;
    private const int Invalid = 1;

    // The id under which a --schema-file is loaded for this run only.
    private const string ExternalSchemaId = "external-schema";

    // A progress bar is worth drawing only for files that take more than a moment.
    private const long ProgressThresholdBytes = 20 * 1024 * 1024;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "The file to check: .json, .jsonl/.ndjson, .csv or .tsv." };
        var schema = new Option<string?>("--schema", "-s") { Description = "The schema: id or id@version." };
        var schemaFile = new Option<FileInfo?>("--schema-file")
        {
            Description = "Validate against this Table Schema or JSON Schema file instead (e.g. a schema.data.gouv.fr schema).",
        };
        var format = new Option<string>("--format", "-f") { Description = "text (default), json, html or junit.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html", "junit");
        var language = new Option<string>("--lang") { Description = "Language of messages: fr (default) or en.", DefaultValueFactory = _ => "fr" };
        language.AcceptOnlyFromAmong("fr", "en");
        var schemas = new Option<DirectoryInfo?>("--schemas-dir") { Description = "The schemas folder (default: found above the tool)." };
        var mediaType = new Option<string?>("--media-type") { Description = "Override the type read from the extension (application/json, application/x-ndjson, text/csv)." };

        var command = new Command("validate", "Check a file against a shared schema and print the conformance report.");
        command.Arguments.Add(file);
        command.Options.Add(schema);
        command.Options.Add(schemaFile);
        command.Options.Add(format);
        command.Options.Add(language);
        command.Options.Add(schemas);
        command.Options.Add(mediaType);
        command.SetAction((parse, cancellationToken) => RunAsync(
            new Request(parse.GetValue(file)!, parse.GetValue(schema), parse.GetValue(schemaFile), parse.GetValue(format)!,
                parse.GetValue(language)!, parse.GetValue(schemas), parse.GetValue(mediaType)),
            output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Request request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var directory = SchemasDirectory.Locate(request.SchemasDirectory?.FullName
            ?? Environment.GetEnvironmentVariable("OPENTERRITOIRE_Schemas__Directory"));
        if (directory is null)
        {
            await error.WriteLineAsync("No schemas folder found: pass --schemas-dir.");
            return CliApplication.UsageError;
        }

        if (!request.File.Exists)
        {
            await error.WriteLineAsync($"No such file: {request.File.FullName}");
            return CliApplication.UsageError;
        }

        var type = MediaType.Parse(request.MediaType ?? request.File.Extension);
        if (type is null)
        {
            await error.WriteLineAsync($"Cannot tell the type of {request.File.Name}: use .json, .jsonl, .ndjson, .csv or .tsv, or --media-type.");
            return CliApplication.UsageError;
        }

        if ((request.Schema is null) == (request.SchemaFile is null))
        {
            await error.WriteLineAsync("Give exactly one of --schema ID[@VERSION] and --schema-file FILE.");
            return CliApplication.UsageError;
        }

        var registry = SchemaRegistry.Load(directory);
        SchemaRef reference;
        if (request.SchemaFile is { } external)
        {
            if (!external.Exists)
            {
                await error.WriteLineAsync($"No such schema file: {external.FullName}");
                return CliApplication.UsageError;
            }

            var imported = registry.Import(ExternalSchemaId, "1.0.0", await File.ReadAllTextAsync(external.FullName, cancellationToken));
            if (!imported.IsSuccess)
            {
                await error.WriteLineAsync($"{external.Name}: {imported.Issues[0].Message(request.Language)} ({imported.Issues[0].Pointer})");
                return CliApplication.UsageError;
            }

            reference = new SchemaRef(ExternalSchemaId, "1.0.0");
        }
        else
        {
            reference = SchemaRef.Parse(request.Schema!);
            if (registry.Find(reference) is { IsSuccess: false } unknown)
            {
                await error.WriteLineAsync($"{unknown.Issues[0].Message(request.Language)} ({reference}); {unknown.Issues[0].Expected}");
                return CliApplication.UsageError;
            }
        }

        var validator = new DocumentValidator(registry, new ObservationRules(TimeProvider.System, new ObservationRulesOptions()));
        var report = await ValidateWithProgressAsync(validator, reference, request.File, type.Value, error, cancellationToken);
        await output.WriteAsync(request.Format switch
        {
            "json" => ValidationReportJson.Serialize(report) + Environment.NewLine,
            "html" => HtmlReportRenderer.Render(report, request.Language),
            "junit" => JUnitReportRenderer.Render(report),
            _ => TextReportRenderer.Render(report, request.Language),
        });
        return report.Valid ? Valid : Invalid;
    }

    private static async Task<ValidationReport> ValidateWithProgressAsync(
        DocumentValidator validator, SchemaRef reference, FileInfo file, MediaType type, TextWriter error,
        CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var interactive = !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);
        if (!interactive || file.Length < ProgressThresholdBytes)
        {
            return await validator.ValidateAsync(reference, stream, type, cancellationToken);
        }

        ValidationReport? report = null;
        await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            .Progress()
            .StartAsync(async context =>
            {
                var task = context.AddTask(file.Name, maxValue: file.Length);
                using var timer = new Timer(_ => task.Value = stream.Position, null, TimeSpan.Zero, TimeSpan.FromMilliseconds(200));
                report = await validator.ValidateAsync(reference, stream, type, cancellationToken);
                task.Value = file.Length;
            });
        return report!;
    }

    private sealed record Request(
        FileInfo File, string? Schema, FileInfo? SchemaFile, string Format, string Language, DirectoryInfo? SchemasDirectory, string? MediaType);
}
