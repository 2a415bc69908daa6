using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Adapters.Envelopes;

namespace OpenTerritoire.Adapters.Tests.Envelopes;

public sealed class JsonEnvelopeReaderTests
{
    private const string NoiseMapping = """{"deviceId": "$.device.id", "time": "$.ts", "fields": ["$.measures.*"]}""";

    private const string NestedMapping = """
        {"records": "$.data[*]", "deviceId": "$.sensor.serial", "time": "$.time",
         "fields": {"first": "$.values[0].v", "last": "$.values[-1].v", "firmware": "$['meta']['fw']"}}
        """;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly DateTimeOffset HubTime = new(2026, 11, 23, 11, 0, 0, TimeSpan.Zero);
    private static readonly EnvelopeContext Context = new(HubTime);

    public static TheoryData<string, string?, string, string> Failures => new()
    {
        { "missing-device.json", "application/json", EnvelopeIssues.MissingFieldCode, "/1/device/id" },
        { "bad-time.json", "application/json", EnvelopeIssues.BadTimeCode, "/0/ts" },
        { "scalar.json", "application/json", EnvelopeIssues.WrongTypeCode, "" },
        { "lines-malformed.jsonl", "application/x-ndjson", EnvelopeIssues.MalformedJsonCode, "line:2:col:39" },
        { "single.json", "text/csv", EnvelopeIssues.UnsupportedMediaTypeCode, "" },
    };

    [Fact]
    public void Read_SingleObject_ReturnsOneRecordWithWildcardFields()
    {
        var result = Reader(NoiseMapping).Read(Sample("single.json"), "application/json", Context);

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        var record = Assert.Single(result.Value.Records);
        Assert.Equal(("SONO-0042", string.Empty), (record.DeviceId, record.Pointer));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), record.Time);
        Assert.Equal(["LAeq", "LAmax", "LAmin"], record.Fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(58.3m, record.Fields["LAeq"].GetDecimal());
    }

    [Fact]
    public void Read_Array_ReturnsOneRecordPerItemWithIsoOrUnixTimes()
    {
        var result = Reader(NoiseMapping).Read(Sample("array.json"), null, Context);

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        Assert.Equal(
            [("SONO-0042", "/0", "2026-11-23T09:00:00Z"), ("SONO-0043", "/1", "2026-11-23T09:00:00Z")],
            result.Value.Records.Select(record =>
                (record.DeviceId, record.Pointer, record.Time.ToString("yyyy-MM-ddTHH:mm:ssZ", Invariant))));
    }

    [Theory]
    [InlineData("application/x-ndjson")]
    [InlineData("application/json")]
    public void Read_JsonLines_ReturnsOneRecordPerNonBlankLine(string contentType)
    {
        var result = Reader(NoiseMapping).Read(Sample("lines.jsonl"), contentType, Context);

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        Assert.Equal(["line:1", "line:3"], result.Value.Records.Select(record => record.Pointer));
        Assert.Equal([0, 1], result.Value.Records.Select(record => record.Index));
    }

    [Fact]
    public void Read_RecordsPathAndNamedFields_ReadsNestedRecords()
    {
        var result = Reader(NestedMapping).Read(Sample("nested.json"), null, Context);

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        Assert.Equal(
            [("4711", "/data/0", 12.5m, 13.0m, "1.2"), ("4712", "/data/1", 9.75m, 9.75m, "1.3")],
            result.Value.Records.Select(record => (
                record.DeviceId,
                record.Pointer,
                record.Fields["first"].GetDecimal(),
                record.Fields["last"].GetDecimal(),
                record.Fields["firmware"].GetString())));
    }

    [Fact]
    public void Read_NoTimePath_UsesTheHubTime()
    {
        var reader = Reader("""{"deviceId": "$.device.id", "fields": ["$.measures.LAeq"]}""");

        var result = reader.Read(Sample("single.json"), null, Context);

        var record = Assert.Single(result.Value.Records);
        Assert.Equal(HubTime, record.Time);
        Assert.Equal(["LAeq"], record.Fields.Keys);
    }

    [Fact]
    public void Read_BodyWithByteOrderMark_ReadsTheRecords()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Sample("array.json")];

        var result = Reader(NoiseMapping).Read(body, "application/json", Context);

        Assert.True(result.IsSuccess, ResultText.Describe(result));
        Assert.Equal(2, result.Value.Records.Count);
    }

    [Fact]
    public void Read_SameBodyTwice_GivesTheSameNaturalKey()
    {
        var reader = Reader(NoiseMapping);

        var first = reader.Read(Sample("array.json"), null, Context).Value.NaturalKey;
        var again = reader.Read(Sample("array.json"), null, Context).Value.NaturalKey;
        var other = reader.Read(Sample("single.json"), null, Context).Value.NaturalKey;

        Assert.StartsWith("json:sha256:", first, StringComparison.Ordinal);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Read_BadBody_ReturnsIssueWithCodeAndPointer(
        string file,
        string? contentType,
        string code,
        string pointer)
    {
        var result = Reader(NoiseMapping).Read(Sample(file), contentType, Context);

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((code, pointer), (issue.Code, issue.Pointer));
    }

    internal static JsonEnvelopeReader Reader(string mapping)
    {
        using var document = JsonDocument.Parse(mapping);
        var result = JsonPathMapping.FromSettings(document.RootElement);
        Assert.True(result.IsSuccess, ResultText.Describe(result));
        return new JsonEnvelopeReader(result.Value);
    }

    private static byte[] Sample(string file) => TestData.ReadBytes("Samples/json/" + file);
}
