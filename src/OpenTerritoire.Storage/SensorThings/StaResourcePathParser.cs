using System.Globalization;
using OpenTerritoire.Core;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>
/// Parses the resource path after the service root (STA 18-088 §9.2): <c>Things(1)/Datastreams(2)/Observations</c>,
/// <c>Observations(5)/Datastream/Thing</c>, <c>Things(1)/name/$value</c>, <c>Things/$ref</c>.
/// </summary>
/// <remarks>
/// Every failure is <c>sta.unknown-resource</c> (404): a key that is not a 64-bit integer names no entity, since ids
/// are integers here. Pointers are <c>/segment:&lt;index&gt;</c>.
/// </remarks>
public static class StaResourcePathParser
{
    public static Result<StaResourcePath> Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Trim('/').Split('/');
        var segments = new List<StaPathSegment>();
        StaProperty? property = null;
        var rawValue = false;
        var reference = false;
        for (var index = 0; index < parts.Length; index++)
        {
            var part = parts[index];
            var pointer = "/segment:" + index.ToString(CultureInfo.InvariantCulture);
            if (!SplitKey(part, out var name, out var key, out var hasKey))
            {
                return Result.Failure<StaResourcePath>(SensorThingsIssues.UnknownResource(pointer, part));
            }

            if (index == 0)
            {
                if (StaEntityTypes.FindSet(name) is not { } set)
                {
                    return Result.Failure<StaResourcePath>(SensorThingsIssues.UnknownResource(pointer, part));
                }

                segments.Add(new StaPathSegment(set, null, key));
                continue;
            }

            var current = segments[^1];
            var ended = property is not null || reference;
            if (!ended && current.IsSingle && !hasKey && current.Type.FindNavigation(name) is { } navigation
                && (navigation.IsCollection || !hasKey))
            {
                segments.Add(new StaPathSegment(StaEntityTypes.GetSet(navigation.TargetSet), navigation, null));
                continue;
            }

            if (!ended && current.IsSingle && hasKey && current.Type.FindNavigation(name) is { IsCollection: true } keyed)
            {
                segments.Add(new StaPathSegment(StaEntityTypes.GetSet(keyed.TargetSet), keyed, key));
                continue;
            }

            if (!ended && current.IsSingle && !hasKey && current.Type.FindProperty(name) is { } found)
            {
                property = found;
                continue;
            }

            if (property is not null && !rawValue && !reference && part == "$value")
            {
                rawValue = true;
                continue;
            }

            if (!ended && part == "$ref")
            {
                reference = true;
                continue;
            }

            return Result.Failure<StaResourcePath>(SensorThingsIssues.UnknownResource(pointer, part));
        }

        return Result.Success(new StaResourcePath(segments, property, rawValue, reference));
    }

    private static bool SplitKey(string part, out string name, out long? key, out bool hasKey)
    {
        key = null;
        hasKey = false;
        name = part;
        var open = part.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return part.Length > 0;
        }

        if (!part.EndsWith(')') || open == 0)
        {
            return false;
        }

        name = part[..open];
        hasKey = true;
        var text = part[(open + 1)..^1];
        if (text.Length == 0 || !text.All(char.IsAsciiDigit)
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        key = value;
        return true;
    }
}
