using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Core;
using OpenTerritoire.Storage.SensorThings;

namespace OpenTerritoire.Api.SensorThings;

/// <summary>
/// Applies a JSON Patch document (RFC 6902: add, remove, replace, move, copy, test) to an entity's properties, for
/// PATCH with <c>application/json-patch+json</c> (STA 18-088 §10.3.2). Pointers are <c>/&lt;operation index&gt;</c>.
/// </summary>
internal static class StaJsonPatch
{
    public const string MediaType = "application/json-patch+json";

    public static Result<JsonObject> Apply(JsonObject document, JsonElement patch)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (patch.ValueKind != JsonValueKind.Array)
        {
            return Result.Failure<JsonObject>(SensorThingsIssues.InvalidPatch("/", "the document must be an array"));
        }

        var index = 0;
        foreach (var operation in patch.EnumerateArray())
        {
            var pointer = "/" + index.ToString(CultureInfo.InvariantCulture);
            var issue = ApplyOne(document, operation, pointer);
            if (issue is not null)
            {
                return Result.Failure<JsonObject>(issue);
            }

            index++;
        }

        return Result.Success(document);
    }

    private static Issue? ApplyOne(JsonObject document, JsonElement operation, string pointer)
    {
        if (operation.ValueKind != JsonValueKind.Object
            || Text(operation, "op") is not { } op
            || Text(operation, "path") is not { } path
            || Locate(document, path) is not { } target)
        {
            return SensorThingsIssues.InvalidPatch(pointer, "each operation needs op and an existing path");
        }

        var (parent, key) = target;
        var value = operation.TryGetProperty("value", out var given) ? JsonNode.Parse(given.GetRawText()) : null;
        switch (op)
        {
            case "add" or "replace" when operation.TryGetProperty("value", out _):
                if (op == "replace" && !Has(parent, key))
                {
                    return SensorThingsIssues.InvalidPatch(pointer, "replace needs an existing member");
                }

                return Set(parent, key, value) ? null : SensorThingsIssues.InvalidPatch(pointer, "the path cannot be set");
            case "remove":
                return Remove(parent, key, out _) ? null : SensorThingsIssues.InvalidPatch(pointer, "nothing to remove");
            case "test" when operation.TryGetProperty("value", out _):
                return Has(parent, key) && JsonNode.DeepEquals(Get(parent, key), value)
                    ? null
                    : SensorThingsIssues.PatchTestFailed(pointer);
            case "move" or "copy":
                if (Text(operation, "from") is not { } from || Locate(document, from) is not { } origin
                    || !Has(origin.Parent, origin.Key))
                {
                    return SensorThingsIssues.InvalidPatch(pointer, "from must name an existing member");
                }

                var (source, sourceKey) = origin;
                var moved = Get(source, sourceKey)?.DeepClone();
                if (op == "move")
                {
                    Remove(source, sourceKey, out _);
                }

                return Set(parent, key, moved) ? null : SensorThingsIssues.InvalidPatch(pointer, "the path cannot be set");
            default:
                return SensorThingsIssues.InvalidPatch(pointer, "unknown op or missing value");
        }
    }

    private static string? Text(JsonElement operation, string name) =>
        operation.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null;

    /// <summary>The container holding the last token of <paramref name="path"/>, and that token; null if none.</summary>
    private static (JsonNode Parent, string Key)? Locate(JsonObject document, string path)
    {
        if (!path.StartsWith('/'))
        {
            return null;
        }

        var tokens = path[1..].Split('/')
            .Select(token => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .ToList();
        JsonNode? node = document;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            node = node is not null && Has(node, token) ? Get(node, token) : null;
        }

        return node is JsonObject or JsonArray ? (node, tokens[^1]) : null;
    }

    private static bool Has(JsonNode parent, string key) => parent switch
    {
        JsonObject obj => obj.ContainsKey(key),
        JsonArray array => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var at) && at < array.Count,
        _ => false,
    };

    private static JsonNode? Get(JsonNode parent, string key) => parent switch
    {
        JsonObject obj => obj[key],
        JsonArray array => array[int.Parse(key, CultureInfo.InvariantCulture)],
        _ => null,
    };

    private static bool Set(JsonNode parent, string key, JsonNode? value)
    {
        switch (parent)
        {
            case JsonObject obj:
                obj[key] = value;
                return true;
            case JsonArray array when key == "-":
                array.Add(value);
                return true;
            case JsonArray array when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var at)
                && at <= array.Count:
                array.Insert(at, value);
                return true;
            default:
                return false;
        }
    }

    private static bool Remove(JsonNode parent, string key, out JsonNode? removed)
    {
        removed = null;
        switch (parent)
        {
            case JsonObject obj when obj.ContainsKey(key):
                removed = obj[key];
                return obj.Remove(key);
            case JsonArray array when int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var at)
                && at < array.Count:
                removed = array[at];
                array.RemoveAt(at);
                return true;
            default:
                return false;
        }
    }
}
