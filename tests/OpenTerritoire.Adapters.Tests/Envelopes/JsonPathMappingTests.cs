using System.Text.Json;
using OpenTerritoire.Adapters.Envelopes;

namespace OpenTerritoire.Adapters.Tests.Envelopes;

public sealed class JsonPathMappingTests
{
    public static TheoryData<string, string, string> Failures => new()
    {
        { """{"fields": []}""", EnvelopeIssues.MissingFieldCode, "/deviceId" },
        { """{"deviceId": "$.id"}""", EnvelopeIssues.MissingFieldCode, "/fields" },
        { """{"deviceId": "id", "fields": []}""", EnvelopeIssues.BadJsonPathCode, "/deviceId" },
        { """{"deviceId": 7, "fields": []}""", EnvelopeIssues.WrongTypeCode, "/deviceId" },
        { """{"deviceId": "$.id", "fields": [3]}""", EnvelopeIssues.WrongTypeCode, "/fields/0" },
        { """{"deviceId": "$.id", "fields": {"t": "$.["}}""", EnvelopeIssues.BadJsonPathCode, "/fields/t" },
        { """{"deviceId": "$.id", "fields": "$.m.*"}""", EnvelopeIssues.WrongTypeCode, "/fields" },
        { """{"deviceId": "$.id", "time": "ts", "fields": []}""", EnvelopeIssues.BadJsonPathCode, "/time" },
        { """{"deviceId": "$.id", "records": "$[", "fields": []}""", EnvelopeIssues.BadJsonPathCode, "/records" },
        { """["$.id"]""", EnvelopeIssues.WrongTypeCode, "" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void FromSettings_BadMapping_ReturnsIssueWithCodeAndPointer(string settings, string code, string pointer)
    {
        using var document = JsonDocument.Parse(settings);

        var result = JsonPathMapping.FromSettings(document.RootElement);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((code, pointer), (issue.Code, issue.Pointer));
    }

    [Fact]
    public void FromSettings_ListedPaths_NameFieldsAfterTheirLastSegmentUnlessWildcard()
    {
        using var document = JsonDocument.Parse("""{"deviceId": "$.id", "fields": ["$.m.t", "$.m.*"]}""");

        var mapping = JsonPathMapping.FromSettings(document.RootElement).Value;

        Assert.Equal(["t", null], mapping.Fields.Select(field => field.Name));
    }
}
