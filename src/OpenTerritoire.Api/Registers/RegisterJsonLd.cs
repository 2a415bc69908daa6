using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// The public registers as JSON-LD: the register is a <c>dcat:Dataset</c> whose records are <c>dcat:CatalogRecord</c>s
/// described with schema.org (name, geo, organisations) and DPV (purposes, legal bases, personal data, controller).
/// </summary>
public static class RegisterJsonLd
{
    public static JsonObject Context() => new()
    {
        ["@vocab"] = "https://schema.org/",
        ["schema"] = "https://schema.org/",
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["dpv"] = "https://w3id.org/dpv#",
        ["ot"] = "https://schemas.openterritoire.org/vocab/",
    };

    public static JsonObject Register(RegisterKind kind, string url, IReadOnlyList<PublicRecordView> views)
    {
        ArgumentNullException.ThrowIfNull(views);
        var sensors = kind == RegisterKind.Sensor;
        return new JsonObject
        {
            ["@context"] = Context(),
            ["@id"] = url,
            ["@type"] = "dcat:Dataset",
            ["dct:title"] = sensors ? "Registre public des capteurs" : "Registre public des algorithmes",
            ["dct:license"] = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
            ["dcat:distribution"] = new JsonArray(
                Distribution(url + "?format=json", "application/json"),
                Distribution(url + "?format=csv", "text/csv"),
                Distribution(url + "?format=jsonld", "application/ld+json"),
                sensors ? Distribution(url + "?format=geojson", "application/geo+json") : null),
            ["hasPart"] = new JsonArray(views.Select(view => (JsonNode)Record(view)).ToArray()),
        };
    }

    /// <summary>One record with its own context, for the per-record page.</summary>
    public static JsonObject Standalone(PublicRecordView view)
    {
        var record = Record(view);
        record.Insert(0, "@context", Context());
        return record;
    }

    private static JsonObject Record(PublicRecordView view)
    {
        var sensor = string.Equals(view.Kind, "sensor", StringComparison.Ordinal);
        var record = new JsonObject
        {
            ["@id"] = view.Url,
            ["@type"] = new JsonArray("dcat:CatalogRecord", sensor ? "ot:SensorRecord" : "ot:AlgorithmRecord"),
            ["dct:identifier"] = view.Text("id"),
            ["name"] = view.Text("name"),
            ["description"] = sensor ? view.Text("description") : view.Text("summary"),
            ["dct:modified"] = view.Text("lastUpdated"),
            ["version"] = view.Version,
            ["dcat:theme"] = new JsonArray(Strings(view.Document, "themes").Select(theme => (JsonNode?)theme).ToArray()),
            ["dpv:hasDataController"] = Organisation(view.Document, "accountableOrganisation"),
            ["dpv:hasPurpose"] = sensor ? Purposes(view.Document) : new JsonArray(new JsonObject
            {
                ["@type"] = "dpv:Purpose",
                ["description"] = view.Text("purpose"),
            }),
            ["ot:completeness"] = view.Completeness,
        };
        if (sensor)
        {
            record["dpv:hasPersonalData"] = view.Text("personalData", "processed") == "true";
            record["dpv:hasPersonalDataCategory"] = new JsonArray(
                Strings(view.Document.TryGetProperty("personalData", out var data) ? data : default, "categories")
                    .Select(category => (JsonNode?)category).ToArray());
            if (view.Position is { } position)
            {
                record["geo"] = new JsonObject
                {
                    ["@type"] = "GeoCoordinates",
                    ["longitude"] = position.Longitude,
                    ["latitude"] = position.Latitude,
                };
            }
        }
        else
        {
            record["dpv:hasLegalBasis"] = new JsonArray(Items(view.Document, "legalBasis")
                .Select(basis => (JsonNode?)new JsonObject
                {
                    ["@type"] = "dpv:LegalBasis",
                    ["name"] = basis.TryGetProperty("title", out var title) ? title.GetString() : null,
                })
                .ToArray());
        }

        record["isBasedOn"] = new JsonArray(view.Links
            .Select(link => (JsonNode?)new JsonObject { ["ot:role"] = link.Role, ["ot:target"] = link.Target, ["identifier"] = link.Id })
            .ToArray());
        return record;
    }

    private static JsonObject? Distribution(string url, string mediaType) => new()
    {
        ["@type"] = "dcat:Distribution",
        ["dcat:accessURL"] = url,
        ["dcat:mediaType"] = mediaType,
    };

    private static JsonObject? Organisation(JsonElement document, string name) =>
        document.TryGetProperty(name, out var organisation)
            ? new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = organisation.TryGetProperty("name", out var text) ? text.GetString() : null,
                ["identifier"] = organisation.TryGetProperty("siren", out var siren) ? siren.GetString() : null,
            }
            : null;

    private static JsonArray Purposes(JsonElement document) => new(Items(document, "purposes")
        .Select(purpose => (JsonNode?)new JsonObject
        {
            ["@type"] = "dpv:Purpose",
            ["description"] = purpose.TryGetProperty("purpose", out var text) ? text.GetString() : null,
            ["dpv:hasLegalBasis"] = purpose.TryGetProperty("legalBasis", out var basis) ? "ot:legal-basis/" + basis.GetString() : null,
        })
        .ToArray());

    private static IEnumerable<JsonElement> Items(JsonElement document, string name) =>
        document.ValueKind == JsonValueKind.Object && document.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
            : [];

    private static IEnumerable<string> Strings(JsonElement document, string name) =>
        Items(document, name).Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!);
}
