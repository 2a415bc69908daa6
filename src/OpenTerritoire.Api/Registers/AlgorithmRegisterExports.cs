using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// An algorithm record mapped to other public registers: the Dutch algorithm register publication standard v1.0
/// (field names, enumerations and maximum lengths of its configuration) and the UK Algorithmic Transparency Recording
/// Standard (tier 1 summary, tier 2 detail).
/// </summary>
public static class AlgorithmRegisterExports
{
    /// <summary>
    /// Dutch standard v1.0. Texts are cut to the standard's maximum lengths. The standard only lists <c>nld</c> as a
    /// language; our records are in French, so <c>lang</c> says <c>fra</c> rather than misstate it.
    /// </summary>
    public static JsonObject ToDutchStandard(PublicRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var document = view.Document;
        var versions = Items(document, "versionHistory").ToList();
        var assessments = new JsonArray();
        foreach (var (key, title) in new[] { ("dpia", "Data Protection Impact Assessment (DPIA)"), ("fria", "Fundamental Rights Impact Assessment (FRIA)") })
        {
            if (document.TryGetProperty("impactAssessments", out var all) && all.TryGetProperty(key, out var assessment)
                && Member(assessment, "status") is "done" or "in-progress")
            {
                assessments.Add(new JsonObject { ["title"] = title, ["link"] = Member(assessment, "url") });
            }
        }

        return new JsonObject
        {
            ["name"] = Cut(view.Text("name"), 100),
            ["description_short"] = Cut(view.Text("summary"), 400),
            ["organization"] = Cut(view.Text("accountableOrganisation", "name"), 100),
            ["category"] = new JsonArray(Strings(document, "themes").Select(DutchTheme).Distinct(StringComparer.Ordinal)
                .Select(theme => (JsonNode?)theme).ToArray()),
            ["status"] = view.Text("status") switch
            {
                "in-development" => "In ontwikkeling",
                "retired" => "Buiten gebruik",
                _ => "In gebruik",
            },
            ["begin_date"] = versions.Count > 0 ? Cut(Member(versions[0], "date"), 7) : null,
            ["end_date"] = view.Text("status") == "retired" && versions.Count > 0 ? Cut(Member(versions[^1], "date"), 7) : null,
            ["contact_email"] = Cut(view.Text("contact", "email"), 500),
            ["website"] = Cut(view.Text("publicPageUrl"), 500),
            ["publication_category"] = view.Text("aiActRiskClass") == "high" ? "Hoog-risico AI-systeem"
                : view.Text("foundsIndividualDecisions") == "true" ? "Impactvolle algoritmes"
                : "Overige algoritmes",
            ["url"] = Cut(view.Url, 500),
            ["goal"] = Cut(view.Text("purpose"), 2500),
            ["proportionality"] = Cut(view.Text("proportionality"), 2500),
            ["human_intervention"] = Cut(Join(view.Text("decisionRole"), view.Text("humanOversight")), 2500),
            ["risks"] = Cut(string.Join("\n", Items(document, "risks").Select(risk => $"{Member(risk, "risk")} — {Member(risk, "mitigation")}")), 2500),
            ["lawful_basis"] = Cut(string.Join("\n", Items(document, "legalBasis").Select(basis => Member(basis, "title"))), 2500),
            ["lawful_basis_grouping"] = new JsonArray(Items(document, "legalBasis")
                .Select(basis => (JsonNode?)new JsonObject { ["title"] = Cut(Member(basis, "title"), 100), ["link"] = Member(basis, "url") })
                .ToArray()),
            ["impacttoetsen_grouping"] = assessments,
            ["source_data"] = Cut(view.Text("inputDataDescription"), 2500),
            ["methods_and_models"] = Cut(Join(view.Text("algorithmType"), view.Text("operations")), 5000),
            ["provider"] = Cut(string.Join(", ", Items(document, "suppliers").Select(supplier => Member(supplier, "name"))), 200),
            ["publiccode"] = Cut(view.Text("sourceCode", "url"), 500),
            ["lang"] = "fra",
            ["standard_version"] = "1.0",
            ["source_id"] = Cut(view.Text("id"), 100),
            ["tags"] = Cut(string.Join(",", Strings(document, "themes")), 2500),
            ["publication_dt"] = view.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>UK ATRS: tier 1 (what, where, who to contact) and tier 2 (owner, rationale, decision process, data, risks).</summary>
    public static JsonObject ToAtrs(PublicRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var document = view.Document;
        return new JsonObject
        {
            ["tier_1"] = new JsonObject
            {
                ["name"] = view.Text("name"),
                ["description"] = view.Text("summary"),
                ["website"] = view.Text("publicPageUrl") is { Length: > 0 } page ? page : view.Url,
                ["contact_email"] = view.Text("contact", "email"),
            },
            ["tier_2"] = new JsonObject
            {
                ["owner_and_responsibility"] = new JsonObject
                {
                    ["organisation"] = view.Text("accountableOrganisation", "name"),
                    ["team"] = view.Text("department"),
                    ["senior_responsible_owner"] = view.Text("seniorResponsibleRole"),
                    ["external_suppliers"] = new JsonArray(Items(document, "suppliers")
                        .Select(supplier => (JsonNode?)new JsonObject { ["name"] = Member(supplier, "name"), ["role"] = Member(supplier, "role") })
                        .ToArray()),
                },
                ["description_and_rationale"] = new JsonObject
                {
                    ["detailed_description"] = view.Text("operations"),
                    ["scope"] = view.Text("scope"),
                    ["benefit"] = view.Text("purpose"),
                    ["alternatives_considered"] = view.Text("alternatives"),
                },
                ["decision_making_process"] = new JsonObject
                {
                    ["process_integration"] = view.Text("decisionRole"),
                    ["automation_degree"] = view.Text("automationDegree"),
                    ["human_decisions_and_review"] = view.Text("humanOversight"),
                    ["frequency_and_scale_of_usage"] = view.Text("decisionsPerYear"),
                    ["appeals_and_review"] = view.Text("appealProcedure"),
                },
                ["tool_specification"] = new JsonObject
                {
                    ["algorithm_type"] = view.Text("algorithmType"),
                    ["model"] = view.Text("modelDetails", "modelType"),
                    ["model_performance"] = view.Text("modelDetails", "performance"),
                    ["source_code"] = view.Text("sourceCode", "url"),
                },
                ["data_specification"] = new JsonObject
                {
                    ["source_data"] = view.Text("inputDataDescription"),
                    ["data_sharing"] = view.Text("dataSharing"),
                    ["retention"] = view.Text("retention"),
                    ["linked_inputs"] = new JsonArray(view.Links.Where(link => link.Role == "input")
                        .Select(link => (JsonNode?)$"{link.Target}/{link.Id}").ToArray()),
                },
                ["risks_mitigations_and_impact_assessments"] = new JsonObject
                {
                    ["risks"] = new JsonArray(Items(document, "risks")
                        .Select(risk => (JsonNode?)new JsonObject { ["risk_name"] = Member(risk, "risk"), ["risk_mitigation"] = Member(risk, "mitigation") })
                        .ToArray()),
                    ["impact_assessments"] = ImpactAssessments(document),
                    ["non_discrimination"] = view.Text("nonDiscrimination"),
                },
            },
        };
    }

    private static JsonArray ImpactAssessments(JsonElement document)
    {
        var list = new JsonArray();
        if (document.TryGetProperty("impactAssessments", out var all))
        {
            foreach (var assessment in all.EnumerateObject())
            {
                list.Add(new JsonObject
                {
                    ["impact_assessment_name"] = assessment.Name.ToUpperInvariant(),
                    ["status"] = Member(assessment.Value, "status"),
                    ["date_completed"] = Member(assessment.Value, "date"),
                    ["link"] = Member(assessment.Value, "url"),
                });
            }
        }

        return list;
    }

    // Dutch "Thema" values (beleidsterreinen) for our themes.
    private static string DutchTheme(string theme) => theme switch
    {
        "parking" or "mobility" => "Verkeer",
        "energy" or "water" or "waste" or "environment" => "Natuur en milieu",
        "flood-risk" => "Openbare orde en veiligheid",
        "lighting" or "device" => "Ruimte en infrastructuur",
        _ => "Organisatie en bedrijfsvoering",
    };

    private static string Join(string first, string second) =>
        string.Join("\n", new[] { first, second }.Where(text => text.Length > 0));

    private static string? Cut(string text, int max) => text.Length == 0 ? null : text.Length <= max ? text : text[..max];

    private static IEnumerable<JsonElement> Items(JsonElement document, string name) =>
        document.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    private static IEnumerable<string> Strings(JsonElement document, string name) =>
        Items(document, name).Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!);

    private static string Member(JsonElement item, string name) => item.TryGetProperty(name, out var value)
        ? value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText()
        : string.Empty;
}
