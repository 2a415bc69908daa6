using System.Text.Json;
using OpenTerritoire.Adapters.Codecs;

namespace OpenTerritoire.Adapters.Tests.Codecs;

public sealed class ByteLayoutTests
{
    public static TheoryData<string, string> BadLayouts => BadLayoutFiles();

    [Theory]
    [MemberData(nameof(BadLayouts))]
    public void FromYaml_BadLayout_ReturnsBadLayoutAtPointer(string file, string pointer)
    {
        var result = ByteLayout.FromYaml(TestData.ReadText("Vectors/BadLayouts/" + file));

        Assert.False(result.IsSuccess);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((CodecIssues.BadLayoutCode, pointer), (issue.Code, issue.Pointer));
    }

    [Fact]
    public void FromYaml_SeveralFaults_ReportsEveryOne()
    {
        var yaml = """
            model: x
            ports: [ { fPort: 1, fields: [ { name: a, offset: 0, type: u64 }, { name: b, from: c } ] } ]
            """;

        var result = ByteLayout.FromYaml(yaml);

        Assert.Equal(
            ["/ports/0/fields/0/type", "/ports/0/fields/1/from"],
            result.Issues.Select(issue => issue.Pointer));
    }

    [Fact]
    public void FromJson_MalformedJson_ReturnsBadLayoutWithLineAndColumn()
    {
        var result = ByteLayout.FromJson("{\n  \"model\": \"x\",\n  \"ports\": [\n}");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((CodecIssues.BadLayoutCode, "line:4:col:1"), (issue.Code, issue.Pointer));
    }

    [Fact]
    public void FromJson_Layout_DecodesLikeTheSameYaml()
    {
        var json = """
            {"model": "test/json", "endian": "little", "ports": [{"fPort": 7, "fields": [
              {"name": "counter", "offset": 0, "type": "u16"},
              {"name": "level", "offset": 2, "type": "u8", "scale": 0.5, "unit": "%"}]}]}
            """;
        var yaml = """
            model: test/json
            endian: little
            ports:
              - fPort: 7
                fields:
                  - { name: counter, offset: 0, type: u16 }
                  - { name: level, offset: 2, type: u8, scale: 0.5, unit: "%" }
            """;
        var bytes = Convert.FromHexString("0201C9");

        var fromJson = Decode(ByteLayout.FromJson(json).Value, 7, bytes);
        var fromYaml = Decode(ByteLayout.FromYaml(yaml).Value, 7, bytes);

        Assert.Equal("""{"counter":258,"level":100.5}""", fromJson.GetRawText());
        Assert.Equal(fromJson.GetRawText(), fromYaml.GetRawText());
    }

    [Theory]
    [InlineData("{ name: v, offset: 0, type: i24 }", "FFFFFE", "-2")]
    [InlineData("{ name: v, offset: 0, type: i24, endian: little }", "FEFFFF", "-2")]
    [InlineData("{ name: v, offset: 0, type: u32 }", "FFFFFFFF", "4294967295")]
    [InlineData("{ name: v, offset: 0, type: i32 }", "80000000", "-2147483648")]
    [InlineData("{ name: v, offset: 0, type: f32 }", "41B4CCCD", "22.6")]
    [InlineData("{ name: v, offset: 0, type: f32, endian: little }", "CDCCB441", "22.6")]
    [InlineData("{ name: v, offset: 0, type: ascii, length: 4 }", "4E57300000", "\"NW0\"")]
    [InlineData("{ name: v, offset: 1, type: hex, length: 2 }", "00AB0C", "\"AB0C\"")]
    [InlineData("{ name: v, offset: 0, type: bool }", "02", "true")]
    [InlineData("{ name: v, offset: 0, bits: { offset: 0, length: 3 }, bitOrder: msb }", "A0", "5")]
    [InlineData("{ name: v, offset: 0, bits: { offset: 4, length: 8 }, bitOrder: msb }", "ABCD", "188")]
    [InlineData("{ name: v, offset: 0, bits: { offset: 4, length: 8 } }", "ABCD", "218")]
    [InlineData("{ name: v, offset: 0, type: i8, bits: { offset: 0, length: 4 } }", "0F", "-1")]
    [InlineData("{ name: v, offset: 0, type: u8, scale: 0.25, add: -1 }", "0A", "1.5")]
    [InlineData(
        "{ name: v, offset: 0, type: u32, timestamp: unix-seconds }",
        "6A98ACAE",
        "\"2026-09-02T23:09:34.000Z\"")]
    public void Decode_FieldType_ReadsTheValue(string field, string hex, string expected)
    {
        var layout = ByteLayout.FromYaml($"model: test/types\nports: [ {{ fPort: 1, fields: [ {field} ] }} ]");
        Assert.True(layout.IsSuccess, ResultText.Describe(layout));

        var data = Decode(layout.Value, 1, Convert.FromHexString(hex));

        Assert.Equal(expected, data.GetProperty("v").GetRawText());
    }

    // Each file under Vectors/BadLayouts starts with "# expect: <pointer>" and holds one fault.
    private static TheoryData<string, string> BadLayoutFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Directory.EnumerateFiles(TestData.Path("Vectors/BadLayouts"), "*.yaml").Order())
        {
            var firstLine = File.ReadLines(path).First();
            data.Add(Path.GetFileName(path), firstLine["# expect:".Length..].Trim());
        }

        return data;
    }

    private static JsonElement Decode(ByteLayout layout, int fPort, byte[] bytes)
    {
        var result = new ByteLayoutCodec(layout).Decode(new CodecInput(fPort, bytes));
        Assert.True(result.IsSuccess, ResultText.Describe(result));
        return result.Value.Data;
    }
}
