using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>type</c>: one type or a list of types.</summary>
internal sealed class TypeKeyword(JsonTypes allowed, string expected) : JsonKeyword
{
    public override bool Streams => true;

    public bool Matches(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => (allowed & JsonTypes.Object) != 0,
        JsonTokenType.StartArray => (allowed & JsonTypes.Array) != 0,
        JsonTokenType.String => (allowed & JsonTypes.String) != 0,
        JsonTokenType.True or JsonTokenType.False => (allowed & JsonTypes.Boolean) != 0,
        JsonTokenType.Null => (allowed & JsonTypes.Null) != 0,
        JsonTokenType.Number => (allowed & JsonTypes.Number) != 0
            || ((allowed & JsonTypes.Integer) != 0
                && (reader.TryGetInt64(out _)
                    || (reader.TryGetDouble(out var number) && double.IsFinite(number) && Math.Floor(number) == number))),
        _ => false,
    };

    public override void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state)
    {
        if (!Matches(ref reader))
        {
            state.ReportText(ValidationIssues.SchemaType, JsonReaderValues.Text(ref reader), expected);
        }
    }

    public bool Matches(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => (allowed & JsonTypes.Object) != 0,
        JsonValueKind.Array => (allowed & JsonTypes.Array) != 0,
        JsonValueKind.String => (allowed & JsonTypes.String) != 0,
        JsonValueKind.True or JsonValueKind.False => (allowed & JsonTypes.Boolean) != 0,
        JsonValueKind.Null => (allowed & JsonTypes.Null) != 0,
        JsonValueKind.Number => (allowed & JsonTypes.Number) != 0
            || ((allowed & JsonTypes.Integer) != 0 && IsInteger(value)),
        _ => false,
    };

    public override void Validate(JsonElement value, JsonValidationState state)
    {
        if (!Matches(value))
        {
            state.Report(ValidationIssues.SchemaType, value, expected);
        }
    }

    /// <summary>A number with no fractional part, including <c>1.0</c> (JSON Schema 2020-12 validation §6.1.1).</summary>
    public static bool IsInteger(JsonElement value)
    {
        if (value.TryGetInt64(out _))
        {
            return true;
        }

        return value.TryGetDouble(out var number) && double.IsFinite(number) && Math.Floor(number) == number;
    }
}
