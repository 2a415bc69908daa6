using System.Text;
using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>enum</c> (and <c>const</c>, an enum of one): applies to every type.</summary>
internal sealed class EnumKeyword : JsonKeyword
{
    private readonly JsonElement[] values;
    private readonly byte[][] utf8Strings;
    private readonly bool onlyStrings;
    private readonly IssueDescriptor descriptor;
    private readonly string expected;

    public EnumKeyword(IReadOnlyList<JsonElement> allowed, bool isConst)
    {
        values = allowed.Select(element => element.Clone()).ToArray();
        onlyStrings = values.All(element => element.ValueKind == JsonValueKind.String);
        utf8Strings = onlyStrings ? values.Select(element => Encoding.UTF8.GetBytes(element.GetString()!)).ToArray() : [];
        descriptor = isConst ? ValidationIssues.SchemaConst : ValidationIssues.SchemaEnum;
        expected = string.Join(" | ", values.Select(element => element.GetRawText()));
    }

    public override bool Streams => onlyStrings;

    public override void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var candidate in utf8Strings)
            {
                if (reader.ValueTextEquals(candidate))
                {
                    return;
                }
            }
        }

        state.ReportText(descriptor, JsonReaderValues.Text(ref reader), expected);
    }

    public override void Validate(JsonElement value, JsonValidationState state)
    {
        if (!Contains(value))
        {
            state.Report(descriptor, value, expected);
        }
    }

    private bool Contains(JsonElement value)
    {
        if (onlyStrings)
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            foreach (var candidate in utf8Strings)
            {
                if (value.ValueEquals(candidate))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var candidate in values)
        {
            if (JsonElement.DeepEquals(candidate, value))
            {
                return true;
            }
        }

        return false;
    }
}
