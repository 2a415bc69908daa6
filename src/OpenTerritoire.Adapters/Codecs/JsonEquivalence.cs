using System.Text.Json;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// JSON equality as codec examples mean it: same keys whatever their order, numbers equal by value (<c>3.0</c> is
/// <c>3</c>), texts compared ordinally.
/// </summary>
internal static class JsonEquivalence
{
    public static bool AreEqual(JsonElement left, JsonElement right) =>
        FirstDifference(left, right, string.Empty) is null;

    /// <summary>The JSON Pointer of the first difference, or null when both are equal.</summary>
    public static string? FirstDifference(JsonElement left, JsonElement right, string pointer)
    {
        var leftKind = Normalise(left.ValueKind);
        if (leftKind != Normalise(right.ValueKind))
        {
            return pointer;
        }

        switch (left.ValueKind)
        {
            case JsonValueKind.Object:
                var leftNames = left.EnumerateObject()
                    .Select(property => property.Name)
                    .ToHashSet(StringComparer.Ordinal);
                var rightNames = right.EnumerateObject().Select(property => property.Name).ToList();
                if (leftNames.Count != rightNames.Count || !rightNames.All(leftNames.Contains))
                {
                    var odd = leftNames.Except(rightNames, StringComparer.Ordinal)
                        .Concat(rightNames.Except(leftNames, StringComparer.Ordinal))
                        .FirstOrDefault();
                    return odd is null ? pointer : pointer + "/" + odd;
                }

                foreach (var property in left.EnumerateObject())
                {
                    var difference = FirstDifference(
                        property.Value,
                        right.GetProperty(property.Name),
                        pointer + "/" + property.Name);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (left.GetArrayLength() != right.GetArrayLength())
                {
                    return pointer;
                }

                for (var index = 0; index < left.GetArrayLength(); index++)
                {
                    var difference = FirstDifference(left[index], right[index], $"{pointer}/{index}");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Number:
                var equal = left.TryGetDecimal(out var a) && right.TryGetDecimal(out var b)
                    ? a == b
                    : left.GetDouble().Equals(right.GetDouble());
                return equal ? null : pointer;
            case JsonValueKind.String:
                return string.Equals(left.GetString(), right.GetString(), StringComparison.Ordinal) ? null : pointer;
            case JsonValueKind.True or JsonValueKind.False:
                return left.ValueKind == right.ValueKind ? null : pointer;
            default:
                return null;
        }
    }

    private static JsonValueKind Normalise(JsonValueKind kind) =>
        kind == JsonValueKind.False ? JsonValueKind.True : kind;
}
