using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>minLength</c> and <c>maxLength</c>, counted in code points, on strings only.</summary>
internal sealed class StringLengthKeyword(int? minLength, int? maxLength) : JsonKeyword
{
    public override void Validate(JsonElement value, JsonValidationState state)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var length = JsonStrings.CodePointLength(value);
        if (length < minLength)
        {
            state.Report(ValidationIssues.SchemaMinLength, value,
                string.Create(CultureInfo.InvariantCulture, $"at least {minLength} characters"));
        }

        if (length > maxLength)
        {
            state.Report(ValidationIssues.SchemaMaxLength, value,
                string.Create(CultureInfo.InvariantCulture, $"at most {maxLength} characters"));
        }
    }
}
