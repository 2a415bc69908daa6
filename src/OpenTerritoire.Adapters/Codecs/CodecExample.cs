using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// A vendor's example of its codec, in The Things Network device repository form:
/// <c>{description, input: {fPort, bytes}, output: {data, warnings, errors}}</c>.
/// </summary>
/// <param name="Data">The expected fields; null when the example expects errors.</param>
public sealed record CodecExample(
    string Description,
    int FPort,
    ImmutableArray<byte> Bytes,
    JsonElement? Data,
    ImmutableArray<string> Warnings,
    ImmutableArray<string> Errors)
{
    /// <summary>
    /// Reads a list of examples; downlink examples (<c>type</c> other than <c>uplink</c>) are skipped.
    /// </summary>
    public static Result<IReadOnlyList<CodecExample>> ListFromJson(JsonElement examples)
    {
        if (examples.ValueKind != JsonValueKind.Array)
        {
            return Result.Failure<IReadOnlyList<CodecExample>>(CodecIssues.BadExample(string.Empty, "expected a list"));
        }

        var list = new List<CodecExample>();
        var issues = new List<Issue>();
        var index = 0;
        foreach (var example in examples.EnumerateArray())
        {
            var pointer = string.Create(CultureInfo.InvariantCulture, $"/{index++}");
            if (example.ValueKind != JsonValueKind.Object)
            {
                issues.Add(CodecIssues.BadExample(pointer, "expected an object"));
                continue;
            }

            if (example.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && type.GetString() != "uplink")
            {
                continue;
            }

            if (Read(example, pointer, issues) is { } read)
            {
                list.Add(read);
            }
        }

        return issues.Count > 0
            ? Result.Failure<IReadOnlyList<CodecExample>>(issues)
            : Result.Success<IReadOnlyList<CodecExample>>(list);
    }

    private static CodecExample? Read(JsonElement example, string pointer, List<Issue> issues)
    {
        var description = example.TryGetProperty("description", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()!  // a string element never reads as null
            : pointer;
        if (!example.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.Object
            || !input.TryGetProperty("fPort", out var fPortElement) || !fPortElement.TryGetInt32(out var fPort)
            || !input.TryGetProperty("bytes", out var bytesElement) || bytesElement.ValueKind != JsonValueKind.Array)
        {
            issues.Add(CodecIssues.BadExample(pointer + "/input", "expected {fPort, bytes}"));
            return null;
        }

        var bytes = ImmutableArray.CreateBuilder<byte>();
        foreach (var item in bytesElement.EnumerateArray())
        {
            if (!item.TryGetByte(out var value))
            {
                issues.Add(CodecIssues.BadExample(pointer + "/input/bytes", "expected integers from 0 to 255"));
                return null;
            }

            bytes.Add(value);
        }

        if (!example.TryGetProperty("output", out var output) || output.ValueKind != JsonValueKind.Object)
        {
            issues.Add(CodecIssues.BadExample(pointer + "/output", "expected {data, warnings, errors}"));
            return null;
        }

        JsonElement? data = output.TryGetProperty("data", out var dataElement) ? dataElement.Clone() : null;
        return new CodecExample(
            description,
            fPort,
            bytes.ToImmutable(),
            data,
            Texts(output, "warnings"),
            Texts(output, "errors"));
    }

    private static ImmutableArray<string> Texts(JsonElement output, string name) =>
        output.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String
                ? item.GetString()!  // a string element never reads as null
                : item.GetRawText())]
            : [];
}
