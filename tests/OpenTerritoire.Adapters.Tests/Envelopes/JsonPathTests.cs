using System.Text.Json;
using OpenTerritoire.Adapters.Envelopes;

namespace OpenTerritoire.Adapters.Tests.Envelopes;

public sealed class JsonPathTests
{
    private const string Document = """
        {"device": {"id": "A1", "tags": ["x", "y"]}, "measures": {"t": 21.5, "rh": 40}, "odd key": {"a/b": 1}}
        """;

    public static TheoryData<string, string[]> Selections => new()
    {
        { "$", ["$"] },
        { "$.device.id", ["/device/id"] },
        { "$['device']['id']", ["/device/id"] },
        { "$.device.tags[1]", ["/device/tags/1"] },
        { "$.device.tags[-1]", ["/device/tags/1"] },
        { "$.device.tags[*]", ["/device/tags/0", "/device/tags/1"] },
        { "$.measures.*", ["/measures/t", "/measures/rh"] },
        { "$['odd key']['a/b']", ["/odd key/a~1b"] },
        { "$.device.missing", [] },
        { "$.device.tags[5]", [] },
        { "$.device.id.deeper", [] },
    };

    public static TheoryData<string> BadPaths => new()
    {
        "device.id",
        "",
        "$..id",
        "$[abc]",
        "$['id'",
        "$[0",
        "$.a[",
        "$x",
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public void Select_SupportedPath_ReturnsTheMatchingPointers(string path, string[] pointers)
    {
        using var document = JsonDocument.Parse(Document);
        var parsed = JsonPath.Parse(path, "/path");

        var matches = parsed.Value.Select(document.RootElement).Select(match => match.Pointer).ToList();

        Assert.Equal(pointers.Select(pointer => pointer == "$" ? string.Empty : pointer), matches);
    }

    [Theory]
    [MemberData(nameof(BadPaths))]
    public void Parse_OutsideTheSubset_ReturnsBadJsonPath(string path)
    {
        var result = JsonPath.Parse(path, "/fields/0");

        var issue = Assert.Single(result.Issues);
        Assert.Equal((EnvelopeIssues.BadJsonPathCode, "/fields/0"), (issue.Code, issue.Pointer));
    }

    [Fact]
    public void Select_Wildcard_NamesEachValueAfterItsProperty()
    {
        using var document = JsonDocument.Parse(Document);

        var names = JsonPath.Parse("$.measures.*", string.Empty).Value.Select(document.RootElement)
            .Select(match => match.Name);

        Assert.Equal(["t", "rh"], names);
    }
}
