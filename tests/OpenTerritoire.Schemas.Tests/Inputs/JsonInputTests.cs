using System.Text;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Tests.Inputs;

public sealed class JsonInputTests
{
    private const string Parking = "parking-space-occupancy";

    [Fact]
    public async Task ValidateAsync_TruncatedDocument_ReportsMalformedAtLineAndColumn()
    {
        var report = await TestInputs.JsonAsync(Parking, "{\n  \"observedAt\": \"2026-03-02T08:15:04Z\",\n  \"occupied\": tr");

        var entry = Assert.Single(report.Entries);
        Assert.Equal("json.malformed", entry.Code);
        Assert.StartsWith("line:3:col:", entry.Location.Pointer, StringComparison.Ordinal);
        Assert.False(report.Valid);
    }

    [Fact]
    public async Task ValidateAsync_DocumentWithBom_ReadsIt()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat("""{"observedAt": "2026-03-02T08:15:04Z", "occupied": true}"""u8.ToArray()).ToArray();

        var report = await TestInputs.RunAsync(Parking, bytes, MediaType.Json);

        Assert.True(report.Valid);
        Assert.Empty(report.Entries);
    }

    [Fact]
    public async Task ValidateAsync_Latin1Document_ReportsEncodingAtTheByte()
    {
        var bytes = Encoding.Latin1.GetBytes("{\"observedAt\": \"2026-03-02T08:15:04Z\",\n \"deviceId\": \"capteur-\u00e9t\u00e9\", \"occupied\": true}");

        var report = await TestInputs.RunAsync(Parking, bytes, MediaType.Json);

        var entry = Assert.Single(report.Entries);
        Assert.Equal("json.encoding", entry.Code);
        Assert.Equal("line:2:col:23", entry.Location.Pointer);
    }

    [Fact]
    public async Task ValidateAsync_ArrayOfRecords_PointsIntoEachRecord()
    {
        var report = await TestInputs.JsonAsync(Parking, """
            [{"observedAt": "2026-03-02T08:15:04Z", "occupied": true},
             {"observedAt": "2026-03-02T08:16:04Z", "occupied": true, "batteryLevel": 120}]
            """);

        var entry = Assert.Single(report.Entries);
        Assert.Equal("/1/batteryLevel", entry.Location.Pointer);
        Assert.Equal(1, entry.Location.Record);
        Assert.Equal(2, report.Stats.Records);
    }

    [Fact]
    public async Task ValidateAsync_JsonLines_PointsWithLineNumbers()
    {
        var report = await TestInputs.LinesAsync(Parking,
            "{\"observedAt\": \"2026-03-02T08:15:04Z\", \"occupied\": true}\r\n\n" +
            "{\"observedAt\": \"2026-03-02T08:16:04Z\", \"occupied\": \"yes\"}\n" +
            "{\"observedAt\": \n");

        Assert.Equal(
            ["json.malformed line:4:col:16", "schema.type line:3/occupied"],
            report.Entries.Select(entry => $"{entry.Code} {entry.Location.Pointer}").Order(StringComparer.Ordinal));
        Assert.Equal(3, report.Stats.Records);
    }

    [Fact]
    public async Task ValidateAsync_JsonLinesOnAStreamingSchema_ReportsEachLine()
    {
        var report = await TestInputs.LinesAsync("test-keywords",
            "{\"code\": \"AB\"}\n{\"code\": \"ABCD\", \"tags\": [1, 2, 3]\n{\"code\": \"ABCD\"} \n[1]\n");

        Assert.Equal(
            ["json.malformed line:2:col:35", "schema.max-length line:3/code", "schema.type line:4"],
            report.Entries.Select(entry => $"{entry.Code} {entry.Location.Pointer}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_JsonLinesWithAHugeLine_ReportsItAndReadsOn()
    {
        var huge = "{\"deviceId\": \"" + new string('x', 10 * 1024 * 1024) + "\"}";
        var report = await TestInputs.LinesAsync(Parking, huge + "\n{\"observedAt\": \"2026-03-02T08:16:04Z\"}\n");

        Assert.Equal(
            ["json.line-too-long line:1:col:1", "schema.required line:2/occupied"],
            report.Entries.Select(entry => $"{entry.Code} {entry.Location.Pointer}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_ManyErrors_ListsTheFirstHundredPerCodeAndCountsAll()
    {
        var lines = string.Concat(Enumerable.Range(0, 250).Select(_ => "{\"occupied\": \"no\"}\n"));

        var report = await TestInputs.LinesAsync(Parking, lines);

        Assert.Equal(500, report.Stats.Errors);
        Assert.Equal(200, report.Entries.Count);
        Assert.True(report.Truncated);
        Assert.Equal(
            [new CodeCount("schema.required", 250, 100), new CodeCount("schema.type", 250, 100)],
            report.Codes);
    }

    [Fact]
    public async Task ValidateAsync_MisspelledProperty_SuggestsTheClosestName()
    {
        var report = await TestInputs.JsonAsync(Parking, """{"observedAt": "2026-03-02T08:15:04Z", "occupied": true, "batteryLevl": 80}""");

        var entry = Assert.Single(report.Entries);
        Assert.Equal(ValidationIssues.SchemaAdditionalProperty.Code, entry.Code);
        Assert.Contains("batteryLevel", entry.HintEn, StringComparison.Ordinal);
        Assert.Contains("batteryLevel", entry.HintFr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_StringLengthInCodePoints_CountsEmojiAsOne()
    {
        var report = await TestInputs.JsonAsync("test-keywords", """{"code": "\u00e9\ud83d\ude00a"}""");

        Assert.True(report.Valid, string.Join(", ", report.Entries.Select(entry => entry.Code)));
    }

    [Fact]
    public async Task ValidateAsync_PrefixItemsThroughRef_ChecksTheFirstItem()
    {
        var report = await TestInputs.JsonAsync("test-keywords", """{"point": [181, 1]}""");

        Assert.Equal("schema.maximum /point/0", $"{Assert.Single(report.Entries).Code} {report.Entries[0].Location.Pointer}");
    }
}
