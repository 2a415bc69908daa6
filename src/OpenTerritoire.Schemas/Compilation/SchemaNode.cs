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

    public void Fill(TypeKeyword? typeKeyword, JsonKeyword[] anyTypeKeywords, JsonKeyword[] typedKeywords)
    {
        type = typeKeyword;
        anyType = anyTypeKeywords;
        typed = typedKeywords;
    }

    /// <summary>Makes the node reject everything (the boolean schema <c>false</c>).</summary>
    public void FillFalse() => alwaysFalse = true;

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
