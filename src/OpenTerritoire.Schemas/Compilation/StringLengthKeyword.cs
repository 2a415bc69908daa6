using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>minLength</c> and <c>maxLength</c>, counted in code points, on strings only.</summary>
internal sealed class StringLengthKeyword(int? minLength, int? maxLength) : JsonKeyword
{
    public override bool Streams => true;

    public override void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var length = JsonReaderValues.CodePointLength(ref reader);
            if (length < minLength || length > maxLength)
            {
                Report(length, JsonReaderValues.Text(ref reader), state);
            }
        }
    }

    public override void Validate(JsonElement value, JsonValidationState state)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            var length = JsonStrings.CodePointLength(value);
            if (length < minLength || length > maxLength)
            {
                Report(length, value.GetString(), state);
            }
        }
    }

    private void Report(int length, string? text, JsonValidationState state)
    {
        if (length < minLength)
        {
            state.ReportText(ValidationIssues.SchemaMinLength, text,
                string.Create(CultureInfo.InvariantCulture, $"at least {minLength} characters"));
        }

        if (length > maxLength)
        {
            state.ReportText(ValidationIssues.SchemaMaxLength, text,
                string.Create(CultureInfo.InvariantCulture, $"at most {maxLength} characters"));
        }
    }
}
