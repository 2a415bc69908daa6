using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;


namespace OpenTerritoire.Schemas.Compilation;

/// <summary>A loaded JSON Schema, ready to validate records: compiled, or through NJsonSchema when it must be.</summary>
internal sealed class JsonSchemaValidator
{
    private readonly SchemaNode? root;
    private readonly NJsonSchemaFallback? fallback;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    private JsonSchemaValidator(
        SchemaNode? root, NJsonSchemaFallback? fallback, IReadOnlyList<string> unsupported, bool streams)
    {
        this.root = root;
        this.fallback = fallback;
        UnsupportedKeywords = unsupported;
        Streams = root is not null && streams;
    }

    /// <summary>True when records are validated in one pass over their bytes, without building a document.</summary>
    public bool Streams { get; }

    /// <summary>Which path validates: <see cref="ValidationEngine.Compiled"/> or <see cref="ValidationEngine.NJsonSchema"/>.</summary>
    public ValidationEngine Engine => root is not null ? ValidationEngine.Compiled : ValidationEngine.NJsonSchema;

    /// <summary>The keywords that sent this schema to NJsonSchema (empty when compiled).</summary>
    public IReadOnlyList<string> UnsupportedKeywords { get; }

    public static JsonSchemaValidator Compiled(SchemaNode root, bool streams = true) => new(root, null, [], streams);

    public static JsonSchemaValidator WithNJsonSchema(NJsonSchemaFallback fallback, IReadOnlyList<string> unsupported) =>
        new(null, fallback, unsupported, false);

    /// <summary>Validates one record from its UTF-8 text; malformed text gives <c>json.malformed</c> only.</summary>
    /// <param name="lineOffset">Lines before the record in the input, for the position of a syntax error.</param>
    public void Validate(
        ReadOnlySpan<byte> utf8, string pointerPrefix, long? recordIndex, ValidationReportBuilder sink, long lineOffset = 0)
    {
        if (!Streams)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8.ToArray(), DocumentOptions);
            }
            catch (JsonException exception)
            {
                ReportMalformed(exception, lineOffset, sink);
                return;
            }

            using (document)
            {
                Validate(document.RootElement, pointerPrefix, recordIndex, sink);
            }

            return;
        }

        var state = new JsonValidationState(default, pointerPrefix, recordIndex, sink) { Buffered = true };
        try
        {
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            if (!reader.Read())
            {
                sink.Add(ValidationIssues.JsonEmpty.At(IssueLocation.AtText(lineOffset + 1, 1)));
                return;
            }

            root!.ValidateReader(ref reader, state);
            // Anything after the record's value other than whitespace is a syntax error, thrown by Read.
            reader.Read();
            state.Flush();
        }
        catch (JsonException exception)
        {
            state.Discard();
            ReportMalformed(exception, lineOffset, sink);
        }
    }

    /// <summary>Reports a syntax error at its 1-based line and column.</summary>
    public static void ReportMalformed(JsonException exception, long lineOffset, ValidationReportBuilder sink)
    {
        var location = IssueLocation.AtText(
            lineOffset + (exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1);
        var message = exception.Message;
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        sink.Add(ValidationIssues.JsonMalformed.At(location, end > 0 ? message[..end] : message));
    }

    /// <summary>Validates one record; issues go to <paramref name="sink"/> with pointers after <paramref name="pointerPrefix"/>.</summary>
    public void Validate(JsonElement record, string pointerPrefix, long? recordIndex, ValidationReportBuilder sink)
    {
        var state = new JsonValidationState(record, pointerPrefix, recordIndex, sink);
        if (root is not null)
        {
            root.Validate(record, state);
        }
        else
        {
            fallback!.Validate(record, state);
        }
    }
}
