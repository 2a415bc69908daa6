using System.Text.Json;
using OpenTerritoire.Adapters.Envelopes;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Adapters.Ingestion;

/// <summary>
/// What a feed's settings say: <c>{"trustNetworkDecoded": true, "defaultModel": "vendor/model",
/// "jsonPaths": {…JsonPathMapping…}, "tableSchema": "id@version"}</c>. <c>jsonPaths</c> is required for json feeds,
/// <c>tableSchema</c> for csv feeds.
/// </summary>
/// <param name="TrustNetworkDecoded">Use the network server's decoded payload when the uplink carries one.</param>
/// <param name="DefaultModel">The model of devices registered without one.</param>
public sealed record FeedSettings(
    bool TrustNetworkDecoded, string? DefaultModel, JsonPathMapping? JsonPaths, SchemaRef? TableSchema)
{
    public static Result<FeedSettings> Read(FeedKind kind, JsonElement? settings)
    {
        var root = settings ?? default;
        if (root.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            root = JsonDocument.Parse("{}").RootElement;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Result.Failure<FeedSettings>(IngestionIssues.BadSettings("/settings", "expected an object", "objet attendu"));
        }

        var issues = new List<Issue>();
        var trust = root.TryGetProperty("trustNetworkDecoded", out var trustElement)
            && trustElement.ValueKind == JsonValueKind.True;
        var defaultModel = root.TryGetProperty("defaultModel", out var model) && model.ValueKind == JsonValueKind.String
            ? model.GetString()
            : null;
        JsonPathMapping? paths = null;
        if (root.TryGetProperty("jsonPaths", out var pathsElement))
        {
            var read = JsonPathMapping.FromSettings(pathsElement);
            if (read.IsSuccess)
            {
                paths = read.Value;
            }
            else
            {
                issues.AddRange(read.Issues.Select(issue => issue with { Pointer = "/settings/jsonPaths" + issue.Pointer }));
            }
        }
        else if (kind == FeedKind.Json)
        {
            issues.Add(IngestionIssues.BadSettings(
                "/settings/jsonPaths", "a json feed needs \"jsonPaths\"", "un flux json exige « jsonPaths »"));
        }

        SchemaRef? table = null;
        if (root.TryGetProperty("tableSchema", out var tableElement) && tableElement.ValueKind == JsonValueKind.String)
        {
            table = SchemaRef.Parse(tableElement.GetString()!); // a string element never reads as null
        }
        else if (kind == FeedKind.Csv)
        {
            issues.Add(IngestionIssues.BadSettings(
                "/settings/tableSchema", "a csv feed needs \"tableSchema\"", "un flux csv exige « tableSchema »"));
        }

        return issues.Count > 0
            ? Result.Failure<FeedSettings>(issues)
            : Result.Success(new FeedSettings(trust, defaultModel, paths, table));
    }
}
