using System.Text.Json;
using OpenTerritoire.Adapters.Codecs;

namespace OpenTerritoire.Adapters.Tests.Codecs;

public sealed class CodecExampleTests
{
    public static TheoryData<string, string> BadExamples => new()
    {
        { """{"description": "not a list"}""", "" },
        { """[42]""", "/0" },
        { """[{"description": "no input", "output": {"data": {}}}]""", "/0/input" },
        { """[{"input": {"bytes": [1]}, "output": {"data": {}}}]""", "/0/input" },
        { """[{"input": {"fPort": 1, "bytes": [1, 300]}, "output": {"data": {}}}]""", "/0/input/bytes" },
        { """[{"input": {"fPort": 1, "bytes": [1]}}]""", "/0/output" },
    };

    [Theory]
    [MemberData(nameof(BadExamples))]
    public void ListFromJson_NotDeviceRepositoryForm_ReturnsBadExampleAtPointer(string json, string pointer)
    {
        using var document = JsonDocument.Parse(json);

        var result = CodecExample.ListFromJson(document.RootElement);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((CodecIssues.BadExampleCode, pointer), (issue.Code, issue.Pointer));
    }

    [Fact]
    public void ListFromJson_UplinkExample_ReadsInputAndOutput()
    {
        using var document = JsonDocument.Parse("""
            [{"description": "Heartbeat", "input": {"fPort": 2, "bytes": [0, 211]},
              "output": {"data": {"occupied": false}, "warnings": ["low"], "errors": []}}]
            """);

        var example = Assert.Single(CodecExample.ListFromJson(document.RootElement).Value);

        Assert.Equal(("Heartbeat", 2), (example.Description, example.FPort));
        Assert.Equal(new byte[] { 0, 211 }, example.Bytes.ToArray());
        Assert.Equal("""{"occupied": false}""", example.Data!.Value.GetRawText());
        Assert.Equal(["low"], example.Warnings.ToArray());
        Assert.Empty(example.Errors);
    }
}
