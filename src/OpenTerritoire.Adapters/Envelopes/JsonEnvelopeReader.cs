using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>
/// Reads generic vendor JSON — one object, an array of objects, or JSON Lines — into records of named fields,
/// following a <see cref="JsonPathMapping"/> built once per feed.
/// </summary>
public sealed class JsonEnvelopeReader : IEnvelopeReader
{
    private readonly JsonPathMapping mapping;

    public JsonEnvelopeReader(JsonPathMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        this.mapping = mapping;
    }

    public FeedKind Kind => FeedKind.Json;

    public Result<Envelope> Read(ReadOnlyMemory<byte> body, string? contentType, EnvelopeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = EnvelopeJson.IsJsonLinesContentType(contentType);
        if (!lines && !EnvelopeJson.IsJsonContentType(contentType))
        {
            // A missing content type counts as JSON, so here it is set.
            return Result.Failure<Envelope>(
                EnvelopeIssues.UnsupportedMediaType(contentType!, "application/json, application/x-ndjson"));
        }

        var text = EnvelopeJson.WithoutByteOrderMark(body);
        if (EnvelopeJson.IsBlank(text.Span))
        {
            return Result.Failure<Envelope>(EnvelopeIssues.EmptyBody());
        }

        var documents = lines ? ParseLines(text) : ParseSingleOrLines(text);
        if (!documents.IsSuccess)
        {
            return Result.Failure<Envelope>(documents.Issues);
        }

        try
        {
            var issues = new List<Issue>();
            var records = new List<VendorRecord>();
            foreach (var (document, pointer) in documents.Value)
            {
                foreach (var (element, recordPointer) in RecordElements(document.RootElement, pointer))
                {
                    if (ReadRecord(element, recordPointer, records.Count, context, issues) is { } record)
                    {
                        records.Add(record);
                    }
                }
            }

            return issues.Count > 0
                ? Result.Failure<Envelope>(issues)
                : Result.Success(Envelope.FromRecords(NaturalKey(body.Span), records));
        }
        finally
        {
            foreach (var (document, _) in documents.Value)
            {
                document.Dispose();
            }
        }
    }

    private IEnumerable<(JsonElement Element, string Pointer)> RecordElements(JsonElement root, string pointer)
    {
        if (mapping.Records is { } records)
        {
            return records.Select(root, pointer).Select(match => (match.Value, match.Pointer));
        }

        return root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select((item, index) =>
                (item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture)))
            : [(root, pointer)];
    }

    private VendorRecord? ReadRecord(
        JsonElement element,
        string pointer,
        int index,
        EnvelopeContext context,
        List<Issue> issues)
    {
        var before = issues.Count;
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(EnvelopeIssues.WrongType(pointer, "an object", EnvelopeJson.KindName(element.ValueKind)));
            return null;
        }

        var deviceId = ReadDeviceId(element, pointer, issues);
        var time = ReadTime(element, pointer, context, issues);
        var fields = ImmutableDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in mapping.Fields)
        {
            foreach (var match in field.Path.Select(element, pointer))
            {
                fields[field.Name ?? match.Name] = match.Value.Clone();
                if (field.Name is not null)
                {
                    break;
                }
            }
        }

        return issues.Count > before || deviceId is null
            ? null
            : new VendorRecord(index, pointer, deviceId, time, fields.ToImmutable());
    }

    private string? ReadDeviceId(JsonElement element, string pointer, List<Issue> issues)
    {
        if (mapping.DeviceId.SelectFirst(element, pointer) is not { } match
            || match.Value.ValueKind == JsonValueKind.Null)
        {
            issues.Add(EnvelopeIssues.MissingField(mapping.DeviceId.ToPointer(pointer)));
            return null;
        }

        switch (match.Value.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(match.Value.GetString()):
                return match.Value.GetString();
            case JsonValueKind.Number:
                return match.Value.GetRawText();
            default:
                issues.Add(EnvelopeIssues.WrongType(
                    match.Pointer,
                    "a non-empty string or a number",
                    EnvelopeJson.KindName(match.Value.ValueKind)));
                return null;
        }
    }

    private DateTimeOffset ReadTime(JsonElement element, string pointer, EnvelopeContext context, List<Issue> issues)
    {
        if (mapping.Time is not { } timePath)
        {
            return context.ReceivedAt;
        }

        if (timePath.SelectFirst(element, pointer) is not { } match || match.Value.ValueKind == JsonValueKind.Null)
        {
            issues.Add(EnvelopeIssues.MissingField(timePath.ToPointer(pointer)));
            return context.ReceivedAt;
        }

        if (match.Value.ValueKind == JsonValueKind.String
            && EnvelopeTime.TryParse(match.Value.GetString(), out var time))
        {
            return time;
        }

        if (match.Value.ValueKind == JsonValueKind.Number
            && EnvelopeTime.TryFromUnix(match.Value.GetDouble(), out var unixTime))
        {
            return unixTime;
        }

        issues.Add(EnvelopeIssues.BadTime(match.Pointer, match.Value.GetRawText()));
        return context.ReceivedAt;
    }

    private static Result<List<(JsonDocument Document, string Pointer)>> ParseSingleOrLines(ReadOnlyMemory<byte> body)
    {
        var single = EnvelopeJson.Parse(body, lineOffset: 0);
        if (single.IsSuccess)
        {
            return Result.Success(new List<(JsonDocument, string)> { (single.Value, string.Empty) });
        }

        // A body with several JSON values on separate lines is JSON Lines even when sent as application/json.
        var lines = ParseLines(body);
        return lines.IsSuccess && lines.Value.Count > 1 ? lines : Result.Failure<List<(JsonDocument, string)>>(
            single.Issues);
    }

    private static Result<List<(JsonDocument Document, string Pointer)>> ParseLines(ReadOnlyMemory<byte> body)
    {
        var documents = new List<(JsonDocument, string)>();
        var start = 0;
        var line = 0;
        var span = body.Span;
        while (start <= span.Length)
        {
            var length = span[start..].IndexOf((byte)'\n');
            var end = length < 0 ? span.Length : start + length;
            var text = body[start..end];
            if (!EnvelopeJson.IsBlank(text.Span))
            {
                var parsed = EnvelopeJson.Parse(text, line);
                if (!parsed.IsSuccess)
                {
                    documents.ForEach(document => document.Item1.Dispose());
                    return Result.Failure<List<(JsonDocument, string)>>(parsed.Issues);
                }

                var pointer = string.Create(CultureInfo.InvariantCulture, $"line:{line + 1}");
                documents.Add((parsed.Value, pointer));
            }

            line++;
            start = end + 1;
        }

        return Result.Success(documents);
    }

    // Generic JSON carries no message id: the body's hash makes a retried delivery recognisable.
    private static string NaturalKey(ReadOnlySpan<byte> body) =>
        "json:sha256:" + Convert.ToHexStringLower(SHA256.HashData(body));
}
