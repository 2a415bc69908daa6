using System.Text.Json;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>A compiled (sub)schema: its type check and the keywords that follow it.</summary>
/// <remarks>
/// Built empty and filled once by the compiler, so a <c>$ref</c> cycle can point at a node still being compiled.
/// A value of the wrong type gets <c>schema.type</c> only; <c>enum</c> and <c>const</c> still apply to it
/// (schemas/README.md, "Expected errors").
/// </remarks>
internal sealed class SchemaNode
{
    private TypeKeyword? type;
    private JsonKeyword[] anyType = [];
    private JsonKeyword[] typed = [];
    private bool alwaysFalse;
    private bool streams = true;

    public void Fill(TypeKeyword? typeKeyword, JsonKeyword[] anyTypeKeywords, JsonKeyword[] typedKeywords)
    {
        type = typeKeyword;
        anyType = anyTypeKeywords;
        typed = typedKeywords;
        // One pass over a reader: every keyword must stream, and at most one may walk into an object or array.
        streams = anyType.All(keyword => keyword.Streams && !keyword.ConsumesContainers)
                  && typed.All(keyword => keyword.Streams)
                  && typed.Count(keyword => keyword.ConsumesContainers) <= 1;
    }

    /// <summary>Makes the node reject everything (the boolean schema <c>false</c>).</summary>
    public void FillFalse() => alwaysFalse = true;

    /// <summary>Validates the value the reader is on, leaving the reader on the value's last token.</summary>
    /// <remarks>A node with a keyword that needs the whole value (uniqueItems, oneOf...) parses just that value.</remarks>
    public void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state)
    {
        if (!streams)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            Validate(document.RootElement, state);
            return;
        }

        if (alwaysFalse)
        {
            state.ReportText(Reporting.ValidationIssues.SchemaOther, JsonReaderValues.Text(ref reader), "false");
            reader.Skip();
            return;
        }

        foreach (var keyword in anyType)
        {
            keyword.ValidateReader(ref reader, state);
        }

        if (type is not null && !type.Matches(ref reader))
        {
            type.ValidateReader(ref reader, state);
            reader.Skip();
            return;
        }

        foreach (var keyword in typed)
        {
            keyword.ValidateReader(ref reader, state);
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }
    }

    public void Validate(JsonElement value, JsonValidationState state)
    {
        if (alwaysFalse)
        {
            state.Report(Reporting.ValidationIssues.SchemaOther, value, "false");
            return;
        }

        foreach (var keyword in anyType)
        {
            keyword.Validate(value, state);
        }

        if (type is not null && !type.Matches(value))
        {
            type.Validate(value, state);
            return;
        }

        foreach (var keyword in typed)
        {
            keyword.Validate(value, state);
        }
    }
}
