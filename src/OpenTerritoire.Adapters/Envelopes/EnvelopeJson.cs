using System.Text.Json;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>Turns a body into a JSON document, with JSON syntax errors as positioned issues.</summary>
internal static class EnvelopeJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>True for a missing content type and for JSON ones (<c>application/json</c>, <c>…+json</c>).</summary>
    public static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for JSON Lines media types (<c>application/x-ndjson</c>, <c>application/jsonl</c>…).</summary>
    public static bool IsJsonLinesContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType is "application/x-ndjson" or "application/ndjson" or "application/jsonl"
            or "application/x-jsonlines" or "application/jsonlines";
    }

    /// <summary>Checks the media type and the body, then parses it.</summary>
    public static Result<JsonDocument> ParseBody(ReadOnlyMemory<byte> body, string? contentType)
    {
        if (!IsJsonContentType(contentType))
        {
            // A missing content type counts as JSON, so here it is set.
            return Result.Failure<JsonDocument>(EnvelopeIssues.UnsupportedMediaType(contentType!, "application/json"));
        }

        body = WithoutByteOrderMark(body);
        return IsBlank(body.Span)
            ? Result.Failure<JsonDocument>(EnvelopeIssues.EmptyBody())
            : Parse(body, lineOffset: 0);
    }

    /// <summary>The body without a leading UTF-8 byte order mark, which files saved on Windows often carry.</summary>
    public static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> body) =>
        body.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;

    /// <summary>Parses one JSON text; <paramref name="lineOffset"/> shifts reported lines for JSON Lines.</summary>
    public static Result<JsonDocument> Parse(ReadOnlyMemory<byte> text, int lineOffset)
    {
        try
        {
            return Result.Success(JsonDocument.Parse(text, Options));
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1 + lineOffset;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            return Result.Failure<JsonDocument>(EnvelopeIssues.MalformedJson(line, column, FirstSentence(exception)));
        }
    }

    public static bool IsBlank(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The name of a JSON value kind as messages show it.</summary>
    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Escapes one JSON Pointer reference token (RFC 6901 §3).</summary>
    public static string Token(string name) => name.Replace("~", "~0", StringComparison.Ordinal)
        .Replace("/", "~1", StringComparison.Ordinal);

    // System.Text.Json appends "LineNumber: … | BytePositionInLine: …" which the pointer already says.
    private static string FirstSentence(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return text.Trim();
    }
}
