using System.Text;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Tabular;

/// <summary>Validates a CSV stream against a Table Schema, row by row, with bounded memory.</summary>
/// <remarks>
/// Built once per schema (patterns compiled once). Only the keys of <c>unique</c> columns and of the primary key are
/// held, in hash sets, to find duplicates; everything else is streamed.
/// </remarks>
internal sealed class TableValidator
{
    /// <summary>The longest record read; longer ones are reported as <c>table.line-too-long</c> and skipped.</summary>
    public const int MaxRecordChars = 1024 * 1024;

    private readonly TableSchema schema;
    private readonly FieldRule[] rules;

    public TableValidator(TableSchema schema)
    {
        this.schema = schema;
        rules = schema.Fields.Select(field => new FieldRule(field, schema.MissingValues)).ToArray();
    }

    public async Task ValidateAsync(Stream input, ValidationReportBuilder sink, CancellationToken cancellationToken)
    {
        var sample = new byte[TextEncodingSniffer.SampleBytes];
        var filled = 0;
        int read;
        while (filled < sample.Length && (read = await input.ReadAsync(sample.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        var (encoding, skip, fallback) = TextEncodingSniffer.Detect(sample.AsSpan(0, filled), filled < sample.Length);
        if (fallback)
        {
            sink.Add(ValidationIssues.TableEncoding.At(IssueLocation.AtCell(0, null, null), null, "UTF-8"));
        }

        using var text = new StreamReader(
            new PrefixedStream(sample.AsMemory(skip, filled - skip), input), encoding, false, 64 * 1024);
        var reader = new CsvReader(text, MaxRecordChars);
        await reader.DetectDelimiterAsync(cancellationToken);
        var record = new CsvRecord();
        do
        {
            if (!await reader.ReadAsync(record, cancellationToken))
            {
                sink.Add(ValidationIssues.TableEmpty.At(IssueLocation.AtCell(0, null, null)));
                return;
            }
        }
        while (record.IsBlank);

        var header = TableHeader.Bind(schema, record, sink);
        var run = new TableRun(schema, rules, header, reader.Delimiter == ';', sink);
        while (await reader.ReadAsync(record, cancellationToken))
        {
            if (!record.IsBlank || record.TooLong)
            {
                run.Check(record);
            }
        }

        sink.Records = run.Rows;
    }
}
