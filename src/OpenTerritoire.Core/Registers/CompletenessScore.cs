using System.Text.Json;

namespace OpenTerritoire.Core.Registers;

/// <summary>
/// How complete a record is, 0–100:
/// <c>round(100 × (0.4 × Q + 0.3 × R + 0.2 × L + 0.1 × V))</c>, where Q is the share of required fields filled, R the
/// share of recommended fields filled, L is 1 when the record links to at least one entity of the hub, and V is 1 when
/// a review date is set and not passed. A nested field counts only when its parent object is present; arrays count
/// as filled when not empty, strings when not blank.
/// </summary>
public sealed record CompletenessScore(
    int Score,
    int RequiredFilled,
    int RequiredTotal,
    int RecommendedFilled,
    int RecommendedTotal,
    bool HasLinks,
    bool ReviewCurrent,
    IReadOnlyList<string> MissingRecommended)
{
    public static CompletenessScore Compute(
        JsonElement document, FieldLevelCatalogue catalogue, bool hasLinks, DateOnly? reviewDate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        int requiredFilled = 0, requiredTotal = 0, recommendedFilled = 0, recommendedTotal = 0;
        var missing = new List<string>();
        foreach (var field in catalogue.Fields.Where(field => field.Level != FieldLevel.Optional))
        {
            if (!ParentPresent(document, field.Path))
            {
                continue;
            }

            var filled = IsFilled(document, field.Path);
            if (field.Level == FieldLevel.Required)
            {
                requiredTotal++;
                requiredFilled += filled ? 1 : 0;
            }
            else
            {
                recommendedTotal++;
                recommendedFilled += filled ? 1 : 0;
                if (!filled)
                {
                    missing.Add(field.Pointer);
                }
            }
        }

        var reviewCurrent = reviewDate is { } review && review >= today;
        var score = (0.4 * Share(requiredFilled, requiredTotal)) + (0.3 * Share(recommendedFilled, recommendedTotal))
            + (hasLinks ? 0.2 : 0) + (reviewCurrent ? 0.1 : 0);
        return new CompletenessScore(
            (int)Math.Round(score * 100, MidpointRounding.AwayFromZero), requiredFilled, requiredTotal,
            recommendedFilled, recommendedTotal, hasLinks, reviewCurrent, missing);
    }

    private static double Share(int filled, int total) => total == 0 ? 1 : (double)filled / total;

    private static bool ParentPresent(JsonElement document, IReadOnlyList<string> path) =>
        Resolve(document, path.Take(path.Count - 1)) is { ValueKind: JsonValueKind.Object };

    private static bool IsFilled(JsonElement document, IReadOnlyList<string> path) => Resolve(document, path) switch
    {
        null => false,
        { ValueKind: JsonValueKind.Null } => false,
        { ValueKind: JsonValueKind.String } value => !string.IsNullOrWhiteSpace(value.GetString()),
        { ValueKind: JsonValueKind.Array } value => value.GetArrayLength() > 0,
        { ValueKind: JsonValueKind.Object } value => value.EnumerateObject().Any(),
        _ => true,
    };

    private static JsonElement? Resolve(JsonElement document, IEnumerable<string> path)
    {
        var current = document;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }
}
