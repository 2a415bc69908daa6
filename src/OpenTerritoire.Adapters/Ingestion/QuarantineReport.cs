using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Core;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Adapters.Ingestion;

/// <summary>
/// The report archived with a quarantined message: <c>{"issues": [{code, pointer, messageEn, messageFr, value}],
/// "validation": [ValidationReport…]}</c>, so a DSI sees why without the payload being decoded again.
/// </summary>
public static class QuarantineReport
{
    public static JsonElement ToElement(IEnumerable<Issue> issues, IEnumerable<ValidationReport> reports)
    {
        var root = new JsonObject
        {
            ["issues"] = new JsonArray([.. issues.Select(ToNode)]),
            ["validation"] = new JsonArray([.. reports.Select(report => JsonNode.Parse(ValidationReportJson.ToElement(report).GetRawText()))]),
        };
        return JsonSerializer.SerializeToElement(root);
    }

    private static JsonNode ToNode(Issue issue)
    {
        var node = new JsonObject
        {
            ["code"] = issue.Code,
            ["pointer"] = issue.Pointer,
            ["messageEn"] = issue.MessageEn,
            ["messageFr"] = issue.MessageFr,
        };
        if (issue.Value is not null)
        {
            node["value"] = issue.Value;
        }

        return node;
    }
}
