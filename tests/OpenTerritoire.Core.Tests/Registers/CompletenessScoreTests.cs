using System.Text.Json;
using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Core.Tests.Registers;

public sealed class CompletenessScoreTests
{
    private static readonly DateOnly Today = new(2026, 5, 4);

    // Two required fields, two recommended ones (one nested in an optional object), one optional.
    private static readonly FieldLevelCatalogue Levels = FieldLevelCatalogue.FromSchema(JsonDocument.Parse("""
        {"properties": {
            "id": {"x-level": "required"},
            "name": {"x-level": "required"},
            "description": {"x-level": "recommended"},
            "operator": {"x-level": "optional", "properties": {"siren": {"x-level": "recommended"}}},
            "notes": {"x-level": "optional"}
        }}
        """).RootElement);

    public static TheoryData<string, bool, string?, int> Cases => new()
    {
        // 0.4 × 1 + 0.3 × 0 + 0 + 0 = 40
        { """{"id": "a", "name": "b"}""", false, null, 40 },
        // recommended 1/1 (operator absent, so its siren does not count) → 70
        { """{"id": "a", "name": "b", "description": "c"}""", false, null, 70 },
        // operator present without siren: recommended 1/2 → 55; links → 75; review current → 85
        { """{"id": "a", "name": "b", "description": "c", "operator": {"name": "x"}}""", true, "2026-05-04", 85 },
        // blank strings and empty arrays do not count; review passed gives nothing
        { """{"id": "a", "name": " ", "description": []}""", true, "2026-05-03", 40 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_Document_FollowsTheFormula(string document, bool hasLinks, string? review, int expected)
    {
        var score = CompletenessScore.Compute(
            JsonDocument.Parse(document).RootElement, Levels, hasLinks, review is null ? null : DateOnly.Parse(review, System.Globalization.CultureInfo.InvariantCulture), Today);

        Assert.Equal(expected, score.Score);
    }

    [Fact]
    public void Compute_MissingRecommended_ListsTheirPointers()
    {
        var score = CompletenessScore.Compute(
            JsonDocument.Parse("""{"id": "a", "name": "b", "operator": {}}""").RootElement, Levels, false, null, Today);

        Assert.Equal(["/description", "/operator/siren"], score.MissingRecommended);
    }
}
