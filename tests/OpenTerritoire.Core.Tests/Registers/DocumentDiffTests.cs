using System.Text.Json;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Core.Tests.Registers;

public sealed class DocumentDiffTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        { """{"a": 1}""", """{"a": 1}""", [] },
        { """{"a": 1}""", """{"a": 2}""", ["replace /a"] },
        { """{"a": 1}""", """{}""", ["remove /a"] },
        { """{}""", """{"b": {"c": true}}""", ["add /b"] },
        { """{"o": {"x": 1, "y": 2}}""", """{"o": {"x": 1, "y": 3}}""", ["replace /o/y"] },
        { """{"l": [1, 2, 3]}""", """{"l": [1, 5]}""", ["replace /l/1", "remove /l/2"] },
        { """{"l": [1]}""", """{"l": [1, 2, 3]}""", ["add /l/1", "add /l/2"] },
        { """{"a/b~c": 1}""", """{"a/b~c": 2}""", ["replace /a~1b~0c"] },
        { """{"t": "x"}""", """{"t": 1}""", ["replace /t"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_TwoDocuments_ListsChangedPointers(string before, string after, string[] expected)
    {
        var changes = DocumentDiff.Compute(JsonDocument.Parse(before).RootElement, JsonDocument.Parse(after).RootElement);

        Assert.Equal(expected, changes.Select(change => $"{change.Op} {change.Path}"));
    }

    [Fact]
    public void Compute_Replace_KeepsOldAndNewValues()
    {
        var change = Assert.Single(DocumentDiff.Compute(
            JsonDocument.Parse("""{"name": "A"}""").RootElement, JsonDocument.Parse("""{"name": "B"}""").RootElement));

        Assert.Equal("A", change.From!.Value.GetString());
        Assert.Equal("B", change.Value!.Value.GetString());
    }
}
