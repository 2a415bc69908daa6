using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>Admits a codec only when it reproduces every example its vendor published.</summary>
public static class CodecRegistration
{
    /// <summary>
    /// Runs every example; the codec comes back when all pass, otherwise one <c>codec.example-failed</c> per failing
    /// example, pointing at it (<c>/examples/2</c>) and saying what differs.
    /// </summary>
    public static Result<IPayloadCodec> Verify(IPayloadCodec codec, IReadOnlyList<CodecExample> examples)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(examples);
        var failures = new List<Issue>();
        for (var index = 0; index < examples.Count; index++)
        {
            var example = examples[index];
            var result = codec.Decode(new CodecInput(example.FPort, example.Bytes.ToArray()));
            if (Difference(example, result) is { } detail)
            {
                failures.Add(CodecIssues.ExampleFailed(index, example.Description, detail));
            }
        }

        return failures.Count > 0 ? Result.Failure<IPayloadCodec>(failures) : Result.Success(codec);
    }

    private static string? Difference(CodecExample example, Result<DecodedFields> result)
    {
        if (!example.Errors.IsEmpty)
        {
            if (result.IsSuccess)
            {
                return "the codec decoded a payload the example says it refuses";
            }

            var messages = result.Errors.Where(issue => issue.Code == CodecIssues.DecoderErrorsCode)
                .Select(issue => issue.Value ?? string.Empty);
            return messages.SequenceEqual(example.Errors, StringComparer.Ordinal)
                ? null
                : "the codec's errors are ["
                    + string.Join("; ", result.Errors.Select(issue => issue.Value ?? issue.Code))
                    + "]";
        }

        if (!result.IsSuccess)
        {
            return "the codec failed: " + string.Join("; ", result.Errors.Select(issue => issue.Code));
        }

        if (example.Data is { } expected
            && JsonEquivalence.FirstDifference(result.Value.Data, expected, string.Empty) is { } pointer)
        {
            return $"the decoded data differs at '{pointer}'";
        }

        return example.Warnings.SequenceEqual(result.Value.Warnings, StringComparer.Ordinal)
            ? null
            : "the codec's warnings differ";
    }
}
