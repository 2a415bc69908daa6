namespace OpenTerritoire.Schemas.Inputs;

/// <summary>The kind of input to validate: one JSON document (or an array of records), JSON Lines, or CSV.</summary>
public readonly record struct MediaType(string Value)
{
    public static readonly MediaType Json = new("application/json");
    public static readonly MediaType JsonLines = new("application/x-ndjson");
    public static readonly MediaType Csv = new("text/csv");

    /// <summary>Reads a Content-Type header or a file extension (<c>.json</c>, <c>.jsonl</c>, <c>.ndjson</c>, <c>.csv</c>, <c>.tsv</c>).</summary>
    /// <returns>The media type, or null when it is none of the three.</returns>
    public static MediaType? Parse(string? text)
    {
        var value = (text ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        return value switch
        {
            "application/json" or "text/json" or ".json" or "json" or "application/geo+json" => Json,
            "application/x-ndjson" or "application/jsonl" or "application/json-lines" or "application/jsonlines"
                or ".jsonl" or ".ndjson" or "jsonl" or "ndjson" => JsonLines,
            "text/csv" or "application/csv" or "text/tab-separated-values" or ".csv" or ".tsv" or "csv" => Csv,
            _ => null,
        };
    }

    public bool IsJson => this == Json || this == JsonLines;

    public override string ToString() => Value;
}
