using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Schemas.Rules;

namespace OpenTerritoire.Schemas;

/// <summary>The one entry point to validate an input (JSON, JSON Lines or CSV) against a schema of the registry.</summary>
/// <remarks>
/// Never throws on bad input: an unknown schema, a wrong media type, malformed JSON or a broken CSV all come back as
/// a <see cref="ValidationReport"/>. For observation schemas, records the schema accepts then go through the
/// context-free <see cref="ObservationRules"/> (time not in the future, physical ranges, consistent pairs).
/// </remarks>
public sealed class DocumentValidator
{
    private readonly SchemaRegistry registry;
    private readonly ObservationRules rules;
    private readonly ILogger logger;

    public DocumentValidator(SchemaRegistry registry, ObservationRules rules, ILogger<DocumentValidator>? logger = null)
    {
        this.registry = registry;
        this.rules = rules;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public async Task<ValidationReport> ValidateAsync(
        SchemaRef schema, Stream content, MediaType mediaType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(content);
        var sink = new ValidationReportBuilder();
        var found = registry.Find(schema);
        if (!found.IsSuccess)
        {
            var issue = found.Issues[0];
            sink.Add(ValidationIssues.UnknownSchema.At(IssueLocation.AtPointer(string.Empty), issue.Value, issue.Expected));
            return sink.Build(schema.Id, schema.Version ?? SchemaRef.LatestWord);
        }

        var entry = found.Value;
        if (entry.Kind == SchemaKind.TableSchema && mediaType == MediaType.Csv)
        {
            sink.Engine = ValidationEngine.Table;
            await entry.TableValidator!.ValidateAsync(content, sink, cancellationToken);
        }
        else if (entry.Kind == SchemaKind.JsonSchema && mediaType.IsJson)
        {
            sink.Engine = entry.Engine;
            var input = new JsonInputValidator(entry.Json!, RecordRules(entry, sink));
            if (mediaType == MediaType.JsonLines)
            {
                await input.ValidateLinesAsync(content, sink, cancellationToken);
            }
            else
            {
                await input.ValidateDocumentAsync(content, !entry.RootAcceptsArray, sink, cancellationToken);
            }
        }
        else
        {
            sink.Add(ValidationIssues.InputMediaType.At(
                IssueLocation.AtPointer(string.Empty), mediaType.Value,
                entry.Kind == SchemaKind.TableSchema ? MediaType.Csv.Value : $"{MediaType.Json} or {MediaType.JsonLines}"));
        }

        var report = sink.Build(entry.Id, entry.Version);
        SchemasLog.DocumentValidated(logger, report.Stats.Records, entry.Key, report.Stats.Errors, report.Stats.DurationMs);
        return report;
    }

    /// <summary>
    /// Validates one record already in memory (an ingested message's mapped record) against a JSON Schema of the
    /// registry, with the observation rules; an unknown schema or a Table Schema is reported, never thrown.
    /// </summary>
    public ValidationReport ValidateRecord(SchemaRef schema, JsonElement record)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var sink = new ValidationReportBuilder();
        var found = registry.Find(schema);
        if (!found.IsSuccess || found.Value.Json is null)
        {
            var issue = found.IsSuccess ? null : found.Issues[0];
            sink.Add(ValidationIssues.UnknownSchema.At(
                IssueLocation.AtPointer(string.Empty), issue?.Value ?? schema.ToString(), issue?.Expected));
            return sink.Build(schema.Id, schema.Version ?? SchemaRef.LatestWord);
        }

        var entry = found.Value;
        sink.Engine = entry.Engine;
        sink.Records = 1;
        entry.Json.Validate(record, string.Empty, null, sink);
        if (sink.ErrorCount == 0)
        {
            RecordRules(entry, sink)?.Invoke(record, IssueLocation.AtPointer(string.Empty));
        }

        return sink.Build(entry.Id, entry.Version);
    }

    private Action<JsonElement, IssueLocation>? RecordRules(SchemaEntry entry, ValidationReportBuilder sink) =>
        string.Equals(entry.Category, "observations", StringComparison.Ordinal)
            ? (record, location) => sink.AddRange(rules.Check(new ObservationRuleContext(entry, record), location))
            : null;
}
