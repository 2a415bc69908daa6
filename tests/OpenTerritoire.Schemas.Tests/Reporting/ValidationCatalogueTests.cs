using System.Text;
using System.Text.RegularExpressions;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Schemas.Rules;
using Microsoft.Extensions.Time.Testing;
using OpenTerritoire.Testing.Builders;

namespace OpenTerritoire.Schemas.Tests.Reporting;

/// <summary>Every code of the catalogue is produced by at least one real input.</summary>
public sealed partial class ValidationCatalogueTests
{
    private const string Parking = "parking-space-occupancy";
    private const string CarPark = "car-park-occupancy-hourly";
    private const string Waste = "waste-collection-tonnage";
    private const string Keywords = "test-keywords";
    private const string Stations = "stations-test";
    private const string StationsHeader = "id,contact,code,ouvert,date_maj,coordonneesXY,annee,siret\n";
    private const string StationsRow = "S1,a@example.fr,AB,oui,2026-01-31,\"[4.8,45.7]\",2026,79999002300019\n";

    private static readonly Dictionary<string, Func<Task<IEnumerable<string>>>> Scenarios = new()
    {
        ["json.malformed"] = () => Codes(TestInputs.JsonAsync(Parking, """{"observedAt": "2026-03-02T08:15:04Z", "occ""")),
        ["json.empty"] = () => Codes(TestInputs.JsonAsync(Parking, "  \n")),
        ["json.encoding"] = () => Codes(TestInputs.RunAsync(Parking, [(byte)'{', (byte)'"', 0xE9, (byte)'"', (byte)'}'], MediaType.Json)),
        ["json.line-too-long"] = () => Codes(TestInputs.LinesAsync(Parking, new string(' ', 2 * 1024 * 1024) + "{}\n")),
        ["input.media-type"] = () => Codes(TestInputs.CsvAsync(Parking, "a,b\n1,2\n")),
        ["schema.type"] = () => Codes(TestInputs.JsonAsync(Parking, """{"observedAt": "2026-03-02T08:15:04Z", "occupied": "yes"}""")),
        ["schema.enum"] = () => Codes(TestInputs.JsonAsync("streetlight-status", """{"observedAt": "2026-03-02T08:15:04Z", "powerState": "ON"}""")),
        ["schema.const"] = () => Codes(TestInputs.JsonAsync(Keywords, """{"kind": "Polygon"}""")),
        ["schema.minimum"] = () => Codes(TestInputs.JsonAsync(Parking, """{"observedAt": "2026-03-02T08:15:04Z", "occupied": true, "batteryLevel": -1}""")),
        ["schema.maximum"] = () => Codes(TestInputs.JsonAsync(Parking, """{"observedAt": "2026-03-02T08:15:04Z", "occupied": true, "batteryLevel": 101}""")),
        ["schema.exclusive-minimum"] = () => Codes(TestInputs.JsonAsync(Keywords, """{"ratio": 0}""")),
        ["schema.exclusive-maximum"] = () => Codes(TestInputs.JsonAsync("weather-observed", """{"observedAt": "2026-03-02T08:15:04Z", "windDirection": 360}""")),
        ["schema.min-length"] = () => Codes(TestInputs.JsonAsync(Parking, """{"observedAt": "2026-03-02T08:15:04Z", "occupied": true, "deviceId": ""}""")),
        ["schema.max-length"] = () => Codes(TestInputs.JsonAsync(Keywords, """{"code": "ABCD"}""")),
        ["schema.pattern"] = () => Codes(TestInputs.JsonAsync("ev-charging-status", """{"observedAt": "2026-03-02T08:15:04Z", "id_pdc_itinerance": "fr*abc", "etat_pdc": "en_service", "occupation_pdc": "libre"}""")),
        ["schema.format"] = () => Codes(TestInputs.JsonAsync(Parking, """{"observedAt": "2026-03-02 08:15:04", "occupied": true}""")),
        ["schema.min-items"] = () => Codes(TestInputs.JsonAsync("water-meter-reading", """{"observedAt": "2026-03-02T08:15:04Z", "index": 12.5, "intervalVolumes": []}""")),
        ["schema.max-items"] = () => Codes(TestInputs.JsonAsync(Keywords, """{"tags": [1, 2, 3]}""")),
        ["schema.unique-items"] = () => Codes(TestInputs.JsonAsync("waste-container-fill-level", """{"observedAt": "2026-03-02T08:15:04Z", "fillLevel": 10, "alarms": ["fire", "fire"]}""")),
        ["schema.required"] = () => Codes(TestInputs.JsonAsync(Parking, """{"observedAt": "2026-03-02T08:15:04Z"}""")),
        ["schema.additional-property"] = () => Codes(TestInputs.JsonAsync(Parking, """{"observedAt": "2026-03-02T08:15:04Z", "occupied": true, "colour": "red"}""")),
        ["schema.one-of"] = () => Codes(TestInputs.JsonAsync(Keywords, """{"either": 1.5}""")),
        ["schema.any-of"] = () => Codes(TestInputs.JsonAsync(Keywords, """{"any": 3}""")),
        ["schema.other"] = () => Codes(TestInputs.JsonAsync(Keywords, """{"never": 1}""")),
        ["table.encoding"] = () => Codes(TestInputs.RunAsync(CarPark, Encoding.Latin1.GetBytes(TestInputs.CarParkRow()), MediaType.Csv)),
        ["table.empty"] = () => Codes(TestInputs.CsvAsync(CarPark, "")),
        ["table.duplicate-header"] = () => Codes(TestInputs.CsvAsync(Stations, "id,id,contact\nS1,S1,a@example.fr\n")),
        ["table.missing-column"] = () => Codes(TestInputs.CsvAsync(CarPark, "id_parking\nX\n")),
        ["table.extra-column"] = () => Codes(TestInputs.CsvAsync(Stations, StationsHeader.TrimEnd('\n') + ",remarque\n" + StationsRow.TrimEnd('\n') + ",RAS\n")),
        ["table.row-shape"] = () => Codes(TestInputs.CsvAsync(Stations, StationsHeader + "S1,a@example.fr\n")),
        ["table.line-too-long"] = () => Codes(TestInputs.CsvAsync(Stations, StationsHeader + "S1," + new string('x', 2 * 1024 * 1024) + "\n")),
        ["table.unclosed-quote"] = () => Codes(TestInputs.CsvAsync(Stations, StationsHeader + "S1,\"a@example.fr,AB\n")),
        ["table.required"] = () => Codes(TestInputs.CsvAsync(CarPark, TestInputs.CarParkRow("id_parking", ""))),
        ["table.type"] = () => Codes(TestInputs.CsvAsync(CarPark, TestInputs.CarParkRow("capacite", "650.5"))),
        ["table.format"] = () => Codes(TestInputs.CsvAsync(Stations, StationsHeader + StationsRow.Replace("a@example.fr", "a-at-example.fr", StringComparison.Ordinal))),
        ["table.enum"] = () => Codes(TestInputs.CsvAsync(Waste, "id_tournee,date_collecte,flux,tonnage_t,nombre_levees,immatriculation_vehicule,code_insee_commune,siret_operateur\nA,2026-03-02,Verre,1,,,21231,79999002300019\n")),
        ["table.pattern"] = () => Codes(TestInputs.CsvAsync(CarPark, TestInputs.CarParkRow("siren_exploitant", "7999 90023"))),
        ["table.minimum"] = () => Codes(TestInputs.CsvAsync(CarPark, TestInputs.CarParkRow("capacite", "-1"))),
        ["table.maximum"] = () => Codes(TestInputs.CsvAsync(CarPark, TestInputs.CarParkRow("latitude", "91"))),
        ["table.min-length"] = () => Codes(TestInputs.CsvAsync(Stations, StationsHeader + StationsRow.Replace(",AB,", ",A,", StringComparison.Ordinal))),
        ["table.max-length"] = () => Codes(TestInputs.CsvAsync(Stations, StationsHeader + StationsRow.Replace(",AB,", ",ABCDE,", StringComparison.Ordinal))),
        ["table.unique"] = () => Codes(TestInputs.CsvAsync(Stations, StationsHeader + StationsRow + StationsRow)),
        ["table.primary-key"] = () => Codes(TestInputs.CsvAsync(CarPark, TestInputs.CarParkRow() + TestInputs.CarParkRow().Split('\n')[1] + "\n")),
        ["table.siren-checksum"] = () => Codes(TestInputs.CsvAsync(CarPark, TestInputs.CarParkRow("siren_exploitant", "799990024"))),
        ["table.siret-checksum"] = () => Codes(TestInputs.CsvAsync(Stations, StationsHeader + StationsRow.Replace("79999002300019", "79999002300018", StringComparison.Ordinal))),
        ["table.insee-commune"] = () => Codes(TestInputs.CsvAsync(Waste, "id_tournee,date_collecte,flux,tonnage_t,nombre_levees,immatriculation_vehicule,code_insee_commune,siret_operateur\nA,2026-03-02,verre,1,,,21000,79999002300019\n")),
        ["table.lat-lon-swapped"] = () => Codes(TestInputs.CsvAsync(CarPark, TestInputs.CarParkRow("latitude", "5.0415").Replace(",5.0415,799", ",47.3215,799", StringComparison.Ordinal))),
        ["rule.future-time"] = () => Codes(TestInputs.JsonAsync(Parking, """{"observedAt": "2030-01-01T00:00:00Z", "occupied": true}""")),
        ["rule.physical-range"] = () => Rule("""{"observedAt": "2026-03-02T08:15:04Z", "temperature": -300}""", new ObservedPropertyDescriptor("temperature", "Temperature", "x", "degree Celsius", "°C", "ucum:Cel", "OM_Measurement")),
        ["rule.fill-level"] = () => Rule("""{"observedAt": "2026-03-02T08:15:04Z", "fillLevel": 140}"""),
        ["rule.occupancy-inconsistent"] = () => Rule("""{"observedAt": "2026-03-02T08:15:04Z", "occupiedSpaces": 400, "freeSpaces": 300, "capacity": 650}"""),
        ["rule.index-decreasing"] = () => Rule("""{"observedAt": "2026-03-02T08:15:04Z", "index": 12.5}""", previousIndex: 13),
        ["rule.outside-tenant-area"] = () => Rule("""{"observedAt": "2026-03-02T08:15:04Z", "location": {"type": "Point", "coordinates": [2.35, 48.85]}}""", area: true),
        ["schema-registry.unknown-schema"] = () => Task.FromResult(SchemasFixture.Registry.Find(SchemaRef.Parse("nope@1.0.0")).Issues.Select(issue => issue.Code)),
        ["schema-registry.load-failed"] = () => Import("broken", "{\"fields\": ["),
        ["schema-registry.remote-reference"] = () => Import("remote", """{"$ref": "https://example.org/schema.json"}"""),
        ["schema-registry.invalid-table-schema"] = () => Import("bad-table", """{"fields": [{"name": "a", "type": "colour"}]}"""),
        ["schema-registry.duplicate-schema"] = () => Task.FromResult(TestInputs.Registry.Import(Keywords, "1.0.0", TestInputs.KeywordsSchema).Issues.Select(issue => issue.Code)),
        ["schema-registry.invalid-id"] = () => Import("Bad_Id", "{}"),
    };

    public static TheoryData<string> CatalogueCodes() => new(ValidationIssues.All.Select(descriptor => descriptor.Code));

    [Theory]
    [MemberData(nameof(CatalogueCodes))]
    public async Task Scenario_CatalogueCode_ProducesTheCode(string code)
    {
        Assert.True(Scenarios.ContainsKey(code), $"No scenario produces {code}.");

        var codes = await Scenarios[code]();

        Assert.Contains(code, codes);
    }

    [Fact]
    public void All_EveryDescriptor_HasAStableCodeAndBothLanguages()
    {
        Assert.Equal(ValidationIssues.All.Count, ValidationIssues.All.Select(d => d.Code).Distinct().Count());
        Assert.All(ValidationIssues.All, descriptor =>
        {
            Assert.Matches(CodePattern(), descriptor.Code);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageEn));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFr));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.HintEn));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.HintFr));
            Assert.NotEqual(descriptor.MessageEn, descriptor.MessageFr);
        });
    }

    [Fact]
    public void Find_KnownAndUnknownCode_ReturnsDescriptorOrNull()
    {
        Assert.Same(ValidationIssues.SchemaRequired, ValidationIssues.Find("schema.required"));
        Assert.Null(ValidationIssues.Find("schema.nope"));
    }

    private static async Task<IEnumerable<string>> Codes(Task<ValidationReport> report) =>
        (await report).Entries.Select(entry => entry.Code);

    private static Task<IEnumerable<string>> Import(string id, string json) =>
        Task.FromResult(SchemaRegistry.Load(SchemasFixture.Directory).Import(id, "1.0.0", json).Issues.Select(issue => issue.Code));

    private static Task<IEnumerable<string>> Rule(
        string json, ObservedPropertyDescriptor? property = null, double? previousIndex = null, bool area = false)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var schema = new SchemaEntry("test-observation", "1.0.0", "observations", SchemaKind.JsonSchema,
            new LocalizedText("Test", "Test"), null, null, property is null ? [] : [property]);
        var context = new ObservationRuleContext(schema, document.RootElement.Clone())
        {
            PreviousIndexes = previousIndex is { } index ? new Dictionary<string, double> { ["index"] = index } : new Dictionary<string, double>(),
            TenantArea = area ? GeometryFactory4326.Square(4.7, 45.6, 0.3) : null,
        };
        var rules = new ObservationRules(new FakeTimeProvider(SchemasFixture.Now));
        return Task.FromResult(rules.Check(context, IssueLocation.AtPointer(string.Empty)).Select(entry => entry.Code));
    }

    [GeneratedRegex("^[a-z][a-z-]*\\.[a-z][a-z-]*$")]
    private static partial Regex CodePattern();
}
