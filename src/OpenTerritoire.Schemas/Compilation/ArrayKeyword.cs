using System.Globalization;
using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>minItems</c>, <c>maxItems</c>, <c>uniqueItems</c>, <c>prefixItems</c> and <c>items</c>, on arrays only.</summary>
internal sealed class ArrayKeyword(
    int? minItems,
    int? maxItems,
    bool uniqueItems,
    IReadOnlyList<SchemaNode> prefixItems,
    SchemaNode? items) : JsonKeyword
{
    public override bool Streams => !uniqueItems;

    public override bool ConsumesContainers => true;

    public override void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return;
        }

        var length = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var node = length < prefixItems.Count ? prefixItems[length] : items;
            if (node is not null)
            {
                state.Push(length);
                node.ValidateReader(ref reader, state);
                state.Pop();
            }
            else
            {
                reader.Skip();
            }

            length++;
        }

        if (length < minItems)
        {
            state.ReportText(ValidationIssues.SchemaMinItems, "[…]",
                string.Create(CultureInfo.InvariantCulture, $"at least {minItems} items"));
        }

        if (length > maxItems)
        {
            state.ReportText(ValidationIssues.SchemaMaxItems, "[…]",
                string.Create(CultureInfo.InvariantCulture, $"at most {maxItems} items"));
        }
    }

    public override void Validate(JsonElement value, JsonValidationState state)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var length = value.GetArrayLength();
        if (length < minItems)
        {
            state.Report(ValidationIssues.SchemaMinItems, value,
                string.Create(CultureInfo.InvariantCulture, $"at least {minItems} items"));
        }

        if (length > maxItems)
        {
            state.Report(ValidationIssues.SchemaMaxItems, value,
                string.Create(CultureInfo.InvariantCulture, $"at most {maxItems} items"));
        }

        if (uniqueItems && HasDuplicate(value, length))
        {
            state.Report(ValidationIssues.SchemaUniqueItems, value, "unique items");
        }

        if (prefixItems.Count == 0 && items is null)
        {
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var node = index < prefixItems.Count ? prefixItems[index] : items;
            if (node is not null)
            {
                state.Push(index);
                node.Validate(item, state);
                state.Pop();
            }

            index++;
        }
    }

    private static bool HasDuplicate(JsonElement array, int length)
    {
        for (var i = 1; i < length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (JsonElement.DeepEquals(array[i], array[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
