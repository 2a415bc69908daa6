using System.Text;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Tests;

/// <summary>Runs the validator on inputs written in the test, and test-only schemas imported into a fresh registry.</summary>
public static class TestInputs
{
    /// <summary>Uses every JSON Schema keyword the shipped schemas do not.</summary>
    public const string KeywordsSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "properties": {
            "kind": { "const": "Point" },
            "ratio": { "type": "number", "exclusiveMinimum": 0 },
            "code": { "type": "string", "maxLength": 3 },
            "tags": { "type": "array", "maxItems": 2 },
            "either": { "oneOf": [ { "type": "string" }, { "type": "integer" } ] },
            "any": { "anyOf": [ { "type": "string" }, { "type": "boolean" } ] },
            "never": false,
            "contact": { "type": "string", "format": "email" },
            "home": { "type": "string", "format": "uri" },
            "point": { "$ref": "#/$defs/point" }
          },
          "$defs": { "point": { "type": "array", "prefixItems": [ { "type": "number", "maximum": 180 } ] } },
          "additionalProperties": false
        }
        """;

    /// <summary>A Table Schema written like the schema.data.gouv.fr ones (strftime date format, geopoint array).</summary>
    public const string NationalStyleTableSchema = """
        {
          "$schema": "https://frictionlessdata.io/schemas/table-schema.json",
          "name": "stations-test",
          "title": "Stations de test",
          "fields": [
            { "name": "id", "type": "string", "constraints": { "required": true, "unique": true } },
            { "name": "contact", "type": "string", "format": "email" },
            { "name": "code", "type": "string", "constraints": { "minLength": 2, "maxLength": 4 } },
            { "name": "ouvert", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"] },
            { "name": "date_maj", "type": "date", "format": "%Y-%m-%d" },
            { "name": "coordonneesXY", "type": "geopoint", "format": "array" },
            { "name": "annee", "type": "year" },
            { "name": "siret", "type": "string", "x-check": "siret" }
          ],
          "missingValues": [""]
        }
        """;

    private static readonly Lazy<SchemaRegistry> TestRegistry = new(() =>
    {
        var registry = SchemaRegistry.Load(SchemasFixture.Directory);
        registry.Import("test-keywords", "1.0.0", KeywordsSchema);
        registry.Import("stations-test", "1.0.0", NationalStyleTableSchema);
        return registry;
    });

    /// <summary>The shipped schemas plus <c>test-keywords</c> and <c>stations-test</c>.</summary>
    public static SchemaRegistry Registry => TestRegistry.Value;

    public static Task<ValidationReport> JsonAsync(string schema, string json) =>
        RunAsync(schema, Encoding.UTF8.GetBytes(json), MediaType.Json);

    public static Task<ValidationReport> LinesAsync(string schema, string lines) =>
        RunAsync(schema, Encoding.UTF8.GetBytes(lines), MediaType.JsonLines);

    public static Task<ValidationReport> CsvAsync(string schema, string csv) =>
        RunAsync(schema, Encoding.UTF8.GetBytes(csv), MediaType.Csv);

    public static async Task<ValidationReport> RunAsync(string schema, byte[] content, MediaType mediaType)
    {
        using var stream = new MemoryStream(content);
        return await SchemasFixture.Validator(Registry).ValidateAsync(
            SchemaRef.Parse(schema), stream, mediaType, CancellationToken.None);
    }

    /// <summary>A car park CSV with one data row, with the cell of <paramref name="column"/> replaced.</summary>
    public static string CarParkRow(string column = "", string value = "")
    {
        var header = "id_parking,nom_parking,horodatage,capacite,places_occupees,places_libres,latitude,longitude,siren_exploitant";
        var cells = new Dictionary<string, string>
        {
            ["id_parking"] = "21231-P-0004",
            ["nom_parking"] = "Parking Trémouille",
            ["horodatage"] = "2026-03-02T08:00:00+01:00",
            ["capacite"] = "650",
            ["places_occupees"] = "412",
            ["places_libres"] = "238",
            ["latitude"] = "47.3215",
            ["longitude"] = "5.0415",
            ["siren_exploitant"] = "799990023",
        };
        if (column.Length > 0)
        {
            cells[column] = value;
        }

        return header + "\n" + string.Join(",", header.Split(',').Select(name => cells[name])) + "\n";
    }
}
