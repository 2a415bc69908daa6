using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Envelopes;

/// <summary>
/// A JSONPath in the small subset vendor mappings need: <c>$</c>, dotted names, <c>['name']</c>, <c>[n]</c> and
/// <c>*</c> (as <c>.*</c> or <c>[*]</c>). Parsed once, then applied to many documents.
/// </summary>
public sealed class JsonPath
{
    private readonly IReadOnlyList<Segment> segments;

    private JsonPath(string text, IReadOnlyList<Segment> segments)
    {
        Text = text;
        this.segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>True when the path may select several values.</summary>
    public bool HasWildcard => segments.Any(segment => segment.Kind == SegmentKind.Wildcard);

    /// <summary>The name a single-valued path gives its value: its last property name or index.</summary>
    public string LastName => segments.Count == 0 ? "$" : segments[^1].ToName();

    /// <summary>Parses a path; <paramref name="pointer"/> locates it in the mapping for issues.</summary>
    public static Result<JsonPath> Parse(string? text, string pointer)
    {
        if (string.IsNullOrEmpty(text) || text[0] != '$')
        {
            return Fail(pointer, text ?? string.Empty, "it must start with '$'");
        }

        var parsed = new List<Segment>();
        var position = 1;
        while (position < text.Length)
        {
            var (segment, next, error) = text[position] switch
            {
                '.' => ReadDotted(text, position + 1),
                '[' => ReadBracket(text, position + 1),
                _ => (default, position, "expected '.' or '['"),
            };
            if (error is not null)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"{error} at character {position + 1}");
                return Fail(pointer, text, at);
            }

            parsed.Add(segment);
            position = next;
        }

        return Result.Success(new JsonPath(text, parsed));
    }

    /// <summary>The values the path selects in <paramref name="root"/>, in document order.</summary>
    public IEnumerable<JsonPathMatch> Select(JsonElement root, string rootPointer = "")
    {
        IEnumerable<JsonPathMatch> current = [new JsonPathMatch("$", rootPointer, root)];
        foreach (var segment in segments)
        {
            current = current.SelectMany(match => Step(match, segment)).ToList();
        }

        return current;
    }

    /// <summary>The first value the path selects, if any.</summary>
    public JsonPathMatch? SelectFirst(JsonElement root, string rootPointer = "")
    {
        foreach (var match in Select(root, rootPointer))
        {
            return match;
        }

        return null;
    }

    /// <summary>The JSON Pointer of a path without wildcards, below <paramref name="rootPointer"/>.</summary>
    public string ToPointer(string rootPointer) =>
        rootPointer + string.Concat(segments.Select(segment => "/" + EnvelopeJson.Token(segment.ToName())));

    public override string ToString() => Text;

    private static IEnumerable<JsonPathMatch> Step(JsonPathMatch match, Segment segment)
    {
        var value = match.Value;
        switch (segment.Kind)
        {
            case SegmentKind.Name when value.ValueKind == JsonValueKind.Object:
                if (value.TryGetProperty(segment.Name, out var child))
                {
                    yield return new JsonPathMatch(segment.Name, Child(match, segment.Name), child);
                }

                break;
            case SegmentKind.Index when value.ValueKind == JsonValueKind.Array:
                var index = segment.Index < 0 ? value.GetArrayLength() + segment.Index : segment.Index;
                if (index >= 0 && index < value.GetArrayLength())
                {
                    var name = index.ToString(CultureInfo.InvariantCulture);
                    yield return new JsonPathMatch(name, Child(match, name), value[index]);
                }

                break;
            case SegmentKind.Wildcard when value.ValueKind == JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    yield return new JsonPathMatch(property.Name, Child(match, property.Name), property.Value);
                }

                break;
            case SegmentKind.Wildcard when value.ValueKind == JsonValueKind.Array:
                var position = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var name = position.ToString(CultureInfo.InvariantCulture);
                    yield return new JsonPathMatch(name, Child(match, name), item);
                    position++;
                }

                break;
        }
    }

    private static string Child(JsonPathMatch parent, string name) => parent.Pointer + "/" + EnvelopeJson.Token(name);

    private static (Segment Segment, int Next, string? Error) ReadDotted(string text, int start)
    {
        if (start < text.Length && text[start] == '*')
        {
            return (Segment.Wildcard, start + 1, null);
        }

        var end = start;
        while (end < text.Length && text[end] is not ('.' or '['))
        {
            end++;
        }

        return end == start
            ? (default, start, "expected a name")
            : (Segment.Property(text[start..end]), end, null);
    }

    private static (Segment Segment, int Next, string? Error) ReadBracket(string text, int start)
    {
        if (start >= text.Length)
        {
            return (default, start, "unclosed '['");
        }

        if (text[start] == '*')
        {
            return Close(text, start + 1, Segment.Wildcard);
        }

        if (text[start] is '\'' or '"')
        {
            var quote = text[start];
            var name = new StringBuilder();
            var position = start + 1;
            while (position < text.Length && text[position] != quote)
            {
                if (text[position] == '\\' && position + 1 < text.Length)
                {
                    position++;
                }

                name.Append(text[position]);
                position++;
            }

            return position >= text.Length
                ? (default, position, "unclosed quoted name")
                : Close(text, position + 1, Segment.Property(name.ToString()));
        }

        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || (end == start && text[end] == '-')))
        {
            end++;
        }

        return int.TryParse(text.AsSpan(start, end - start), CultureInfo.InvariantCulture, out var index)
            ? Close(text, end, Segment.At(index))
            : (default, start, "expected an index, a quoted name or '*'");
    }

    private static (Segment Segment, int Next, string? Error) Close(string text, int position, Segment segment) =>
        position < text.Length && text[position] == ']'
            ? (segment, position + 1, null)
            : (default, position, "expected ']'");

    private static Result<JsonPath> Fail(string pointer, string text, string detail) =>
        Result.Failure<JsonPath>(EnvelopeIssues.BadJsonPath(pointer, text, detail));

    private enum SegmentKind
    {
        Name,
        Index,
        Wildcard,
    }

    private readonly record struct Segment(SegmentKind Kind, string Name, int Index)
    {
        public static Segment Wildcard => new(SegmentKind.Wildcard, "*", 0);

        public static Segment Property(string name) => new(SegmentKind.Name, name, 0);

        public static Segment At(int index) => new(SegmentKind.Index, string.Empty, index);

        public string ToName() => Kind switch
        {
            SegmentKind.Name => Name,
            SegmentKind.Index => Index.ToString(CultureInfo.InvariantCulture),
            _ => "*",
        };
    }
}
