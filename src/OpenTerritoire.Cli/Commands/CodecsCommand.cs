using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTerritoire.Adapters.Ingestion;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Storage.Ingestion;

namespace OpenTerritoire.Cli.Commands;

/// <summary><c>openterritoire codecs add</c>: register a device model's codec and mapping, refused when an example fails.</summary>
public static class CodecsCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("codecs", "Device models: codecs and mappings.");
        var connection = new Option<string?>("--connection") { Description = "Npgsql connection string (default: $OPENTERRITOIRE_DB)." };
        var tenant = new Option<string>("--tenant") { Description = "The tenant's code.", Required = true };
        var file = new Argument<FileInfo>("file") { Description = "The codec: a JavaScript decodeUplink (.js) or a byte layout (.yaml)." };
        var model = new Option<string>("--model") { Description = "The model id, vendor/model.", Required = true };
        var examples = new Option<FileInfo?>("--examples") { Description = "The vendor's examples (JSON, TTN device repository form)." };
        var mapping = new Option<FileInfo>("--mapping") { Description = "The mapping to a shared schema (JSON).", Required = true };
        var schemas = new Option<string?>("--schemas") { Description = "The schemas folder (found above the program by default)." };

        var add = new Command("add", "Check a codec against its examples and register it with its mapping.");
        add.Arguments.Add(file);
        foreach (var option in new Option[] { connection, tenant, model, examples, mapping, schemas })
        {
            add.Options.Add(option);
        }

        add.SetAction((parse, cancellationToken) => AddAsync(
            parse.GetValue(connection), parse.GetValue(tenant)!, parse.GetValue(file)!, parse.GetValue(model)!,
            parse.GetValue(examples), parse.GetValue(mapping)!, parse.GetValue(schemas), output, cancellationToken));
        command.Subcommands.Add(add);
        return command;
    }

    private static async Task<int> AddAsync(
        string? connection, string tenantCode, FileInfo file, string model, FileInfo? examplesFile, FileInfo mappingFile,
        string? schemas, TextWriter output, CancellationToken cancellationToken)
    {
        if (CliDatabase.Resolve(connection, output) is not { } connectionString)
        {
            return CliApplication.UsageError;
        }

        await using var services = CliServices.Build(connectionString, schemas);
        if (await CliServices.TenantAsync(services, tenantCode, output, cancellationToken) is not { } tenant)
        {
            return 1;
        }

        var kind = file.Extension.Equals(".js", StringComparison.OrdinalIgnoreCase) ? CodecKind.JavaScript : CodecKind.ByteLayout;
        var source = await File.ReadAllTextAsync(file.FullName, cancellationToken);
        var examples = examplesFile is null ? (JsonElement?)null : await ReadJsonAsync(examplesFile, cancellationToken);
        var mapping = await ReadJsonAsync(mappingFile, cancellationToken);
        var checkedModel = services.GetRequiredService<DeviceModelRegistration>()
            .Check(tenant, model, kind, source, examples, mapping);
        var stored = checkedModel.IsSuccess
            ? await services.GetRequiredService<DeviceModelStore>().AppendAsync(tenant, checkedModel.Value, cancellationToken)
            : checkedModel;
        if (!stored.IsSuccess)
        {
            await output.WriteLineAsync($"Refused {model}:");
            await CliServices.WriteIssuesAsync(stored.Issues, output);
            return 1;
        }

        await output.WriteLineAsync($"Registered {model} ({CodecKindNames.ToName(kind)}).");
        return 0;
    }

    private static async Task<JsonElement> ReadJsonAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }
}
