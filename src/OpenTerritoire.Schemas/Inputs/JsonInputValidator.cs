using System.Text.Json;
using System.Text.Unicode;
using OpenTerritoire.Schemas.Compilation;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Inputs;

/// <summary>Reads JSON inputs (one document, an array of records, JSON Lines) and validates each record.</summary>
/// <remarks>
/// A single document or array is read whole (bounded by <see cref="MaxDocumentBytes"/>); JSON Lines is streamed, one
/// record per line, so its size is unbounded. Malformed input becomes a <c>json.*</c> entry, never an exception.
/// </remarks>
internal sealed class JsonInputValidator(JsonSchemaValidator validator, Action<JsonElement, IssueLocation>? recordRules)
{
    /// <summary>The largest single JSON document read; bigger inputs should be sent as JSON Lines.</summary>
    public const int MaxDocumentBytes = 256 * 1024 * 1024;

    /// <summary>The longest JSON Lines record.</summary>
    public const int MaxLineBytes = 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public async Task ValidateDocumentAsync(
        Stream input, bool rootIsRecordArray, ValidationReportBuilder sink, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (memory.Length + read > MaxDocumentBytes)
            {
                sink.Add(ValidationIssues.JsonMalformed.At(IssueLocation.AtText(1, 1), null, "at most 256 MB; send larger inputs as JSON Lines"));
                return;
            }

            memory.Write(buffer, 0, read);
        }

        var bytes = new ReadOnlyMemory<byte>(memory.GetBuffer(), 0, (int)memory.Length);
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var trimmed = bytes.Span.TrimStart(" \t\r\n"u8);
        if (!(rootIsRecordArray && trimmed.Length > 0 && trimmed[0] == (byte)'[') && CanStream(bytes.Span))
        {
            sink.Records = 1;
            validator.Validate(bytes.Span, string.Empty, null, sink);
            return;
        }

        using var document = Parse(bytes, 0, sink);
        if (document is null)
        {
            return;
        }

        var root = document.RootElement;
        if (rootIsRecordArray && root.ValueKind == JsonValueKind.Array)
        {
            var index = 0L;
            foreach (var record in root.EnumerateArray())
            {
                cancellationToken.ThrowIfCancellationRequested();
                ValidateRecord(record, "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), index, sink);
                index++;
            }

            sink.Records = index;
            return;
        }

        sink.Records = 1;
        ValidateRecord(root, string.Empty, null, sink);
    }

    public async Task ValidateLinesAsync(Stream input, ValidationReportBuilder sink, CancellationToken cancellationToken)
    {
        using var reader = new Utf8LineReader(input, MaxLineBytes);
        var records = 0L;
        while (true)
        {
            var (hasLine, line, tooLong) = await reader.ReadLineAsync(cancellationToken);
            if (!hasLine)
            {
                break;
            }

            if (tooLong)
            {
                records++;
                sink.Add(ValidationIssues.JsonLineTooLong.At(
                    IssueLocation.AtText(reader.LineNumber, 1) with { Record = reader.LineNumber }, null, $"at most {MaxLineBytes} bytes"));
                continue;
            }

            if (line.Span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            records++;
            var prefix = "line:" + reader.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (CanStream(line.Span))
            {
                validator.Validate(line.Span, prefix, reader.LineNumber, sink, reader.LineNumber - 1);
                continue;
            }

            using var document = Parse(line, reader.LineNumber - 1, sink);
            if (document is not null)
            {
                ValidateRecord(document.RootElement, prefix, reader.LineNumber, sink);
            }
        }

        sink.Records = records;
        if (records == 0)
        {
            sink.Add(ValidationIssues.JsonEmpty.At(IssueLocation.AtText(1, 1)));
        }
    }

    /// <summary>
    /// True when the record can go straight to the one-pass validator: the schema streams and no business rule needs
    /// the parsed record.
    /// </summary>
    private bool CanStream(ReadOnlySpan<byte> bytes)
    {
        // Invalid UTF-8 and empty input take the parsed path, which reports them.
        return recordRules is null && validator.Streams && !bytes.Trim(" \t\r\n"u8).IsEmpty && Utf8.IsValid(bytes);
    }

    private void ValidateRecord(JsonElement record, string prefix, long? index, ValidationReportBuilder sink)
    {
        var before = sink.ErrorCount;
        validator.Validate(record, prefix, index, sink);
        if (recordRules is not null && sink.ErrorCount == before)
        {
            // Business rules read typed values, so they run only on records the schema accepted.
            recordRules(record, new IssueLocation(prefix) { Record = index });
        }
    }

    private static JsonDocument? Parse(ReadOnlyMemory<byte> bytes, long lineOffset, ValidationReportBuilder sink)
    {
        if (!Utf8.IsValid(bytes.Span))
        {
            var (line, column) = Position(bytes.Span, FirstInvalidUtf8(bytes.Span));
            sink.Add(ValidationIssues.JsonEncoding.At(IssueLocation.AtText(lineOffset + line, column), null, "UTF-8"));
            return null;
        }

        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            sink.Add(ValidationIssues.JsonEmpty.At(IssueLocation.AtText(lineOffset + 1, 1)));
            return null;
        }

        try
        {
            return JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException exception)
        {
            JsonSchemaValidator.ReportMalformed(exception, lineOffset, sink);
            return null;
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return position;
            }

            position += consumed;
        }

        return position;
    }

    private static (long Line, long Column) Position(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1L;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
