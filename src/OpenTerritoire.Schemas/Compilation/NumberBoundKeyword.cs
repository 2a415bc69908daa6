using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>minimum</c>, <c>maximum</c>, <c>exclusiveMinimum</c> or <c>exclusiveMaximum</c>, on numbers only.</summary>
internal sealed class NumberBoundKeyword : JsonKeyword
{
    private readonly double limit;
    private readonly bool isUpper;
    private readonly bool exclusive;
    private readonly IssueDescriptor descriptor;
    private readonly string expected;

    public NumberBoundKeyword(string keyword, double limit)
    {
        this.limit = limit;
        isUpper = keyword is "maximum" or "exclusiveMaximum";
        exclusive = keyword.StartsWith("exclusive", StringComparison.Ordinal);
        var text = limit.ToString("R", CultureInfo.InvariantCulture);
        (descriptor, expected) = keyword switch
        {
            "minimum" => (ValidationIssues.SchemaMinimum, "≥ " + text),
            "maximum" => (ValidationIssues.SchemaMaximum, "≤ " + text),
            "exclusiveMinimum" => (ValidationIssues.SchemaExclusiveMinimum, "> " + text),
            _ => (ValidationIssues.SchemaExclusiveMaximum, "< " + text),
        };
    }

    public override bool Streams => true;

    public override void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && Fails(number))
        {
            state.ReportText(descriptor, JsonReaderValues.Text(ref reader), expected);
        }
    }

    public override void Validate(JsonElement value, JsonValidationState state)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && Fails(number))
        {
            state.Report(descriptor, value, expected);
        }
    }

    private bool Fails(double number) => isUpper
        ? (exclusive ? number >= limit : number > limit)
        : (exclusive ? number <= limit : number < limit);
}
