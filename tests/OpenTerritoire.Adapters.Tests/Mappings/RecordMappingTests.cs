using System.Text.Json;
using OpenTerritoire.Adapters.Mappings;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Adapters.Tests.Mappings;

public sealed class RecordMappingTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 1, 8, 15, 0, TimeSpan.Zero);

    [Fact]
    public void Map_RenamesScalesAndConvertsUnits()
    {
        var mapping = Parse("""
            {"schema": "air-quality-observed@1.0.0",
             "fields": [{"target": "co2", "from": "co2"},
                        {"target": "temperature", "from": "temp_f", "fromUnit": "[degF]", "toUnit": "Cel"},
                        {"target": "relativeHumidity", "from": "rh", "scale": 100},
                        {"target": "batteryLevel", "from": "battery.level"}]}
            """);

        var record = mapping.Map(Json("""{"co2": 612, "temp_f": 68, "rh": 0.45, "battery": {"level": 91}}"""), "A81758FFFE0312A4", Received);

        Assert.True(record.IsSuccess);
        Assert.Equal("""{"observedAt":"2026-03-01T08:15:00Z","deviceId":"A81758FFFE0312A4","co2":612,"temperature":20,"relativeHumidity":45,"batteryLevel":91}""",
            record.Value.GetRawText());
    }

    [Theory]
    [InlineData("1772352900", "2026-03-01T08:15:00Z")]
    [InlineData("1772352900000", "2026-03-01T08:15:00Z")]
    [InlineData("\"2026-03-01T09:15:00+01:00\"", "2026-03-01T08:15:00Z")]
    public void Map_TimeField_BecomesUtcObservedAt(string time, string expected)
    {
        var mapping = Parse("""{"schema": "parking-space-occupancy@1.0.0", "observedAt": "ts", "fields": []}""");

        var record = mapping.Map(Json($$"""{"ts": {{time}}}"""), null, Received.AddDays(3));

        Assert.Equal(expected, record.Value.GetProperty("observedAt").GetString());
    }

    [Fact]
    public void Map_ValueTable_TranslatesVendorCodes()
    {
        var mapping = Parse("""
            {"schema": "streetlight-status@1.0.0",
             "fields": [{"target": "status", "from": "s", "values": {"0": "off", "1": "on"}},
                        {"target": "powerState", "constant": "on"}]}
            """);

        var record = mapping.Map(Json("""{"s": 1}"""), null, Received);

        Assert.Equal("on", record.Value.GetProperty("status").GetString());
        Assert.Equal("on", record.Value.GetProperty("powerState").GetString());
    }

    public static TheoryData<string, string, string> MapFailures => new()
    {
        { """{"s": 7}""", "mapping.unmapped-value", "/s" },
        { """{"t": "hot"}""", "mapping.not-a-number", "/t" },
        { """{"ts": "yesterday"}""", "mapping.bad-time", "/ts" },
    };

    [Theory]
    [MemberData(nameof(MapFailures))]
    public void Map_BadValue_ReturnsIssue(string decoded, string code, string pointer)
    {
        var mapping = Parse("""
            {"schema": "x@1.0.0", "observedAt": "ts",
             "fields": [{"target": "status", "from": "s", "values": {"0": "off"}},
                        {"target": "temperature", "from": "t", "scale": 0.1}]}
            """);

        var result = mapping.Map(Json(decoded), null, Received);

        Assert.False(result.IsSuccess);
        Assert.Equal((code, pointer), (result.Issues[0].Code, result.Issues[0].Pointer));
    }

    public static TheoryData<string, string, string> DefinitionFailures => new()
    {
        { """[]""", "mapping.bad-definition", "" },
        { """{"schema": "noversion", "fields": []}""", "mapping.bad-definition", "/schema" },
        { """{"schema": "a@1", "fields": {}}""", "mapping.bad-definition", "/fields" },
        { """{"schema": "a@1", "fields": [{"from": "x"}]}""", "mapping.bad-definition", "/fields/0" },
        { """{"schema": "a@1", "fields": [{"target": "t", "from": "x", "constant": 1}]}""", "mapping.bad-definition", "/fields/0" },
        { """{"schema": "a@1", "fields": [{"target": "t", "from": "x", "fromUnit": "furlong", "toUnit": "m"}]}""", "mapping.unknown-unit", "/fields/0/fromUnit" },
        { """{"schema": "a@1", "fields": [{"target": "t", "from": "x", "fromUnit": "m", "toUnit": "Cel"}]}""", "mapping.incompatible-units", "/fields/0" },
    };

    [Theory]
    [MemberData(nameof(DefinitionFailures))]
    public void Parse_BadDefinition_ReturnsIssueAtPointer(string definition, string code, string pointer)
    {
        var result = RecordMappingParser.Parse(Json(definition));

        Assert.False(result.IsSuccess);
        Assert.Equal((code, pointer), (result.Issues[0].Code, result.Issues[0].Pointer));
    }

    [Fact]
    public void DatastreamMapping_Map_OneObservationPerBoundPresentProperty()
    {
        var record = Json("""{"observedAt": "2026-03-01T08:15:00Z", "occupied": true, "batteryLevel": 87}""");
        var bindings = new[]
        {
            new DatastreamBinding("occupied", new DatastreamId(10)),
            new DatastreamBinding("batteryLevel", new DatastreamId(11)),
            new DatastreamBinding("occupiedSince", new DatastreamId(12)),
        };

        var observations = DatastreamMapping.Map(record, bindings);

        Assert.Equal([10L, 11L], observations.Select(o => o.DatastreamId.Value));
        Assert.Equal(ObservationResult.FromBoolean(true), observations[0].Result);
        Assert.Equal(Received, observations[1].PhenomenonTime.Start);
    }

    private static RecordMapping Parse(string definition) => RecordMappingParser.Parse(Json(definition)).Value;

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
