using System.Runtime.InteropServices;
using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>properties</c>, <c>required</c>, <c>additionalProperties</c> and <c>x-requiredWhen</c>, on objects only.</summary>
/// <remarks>
/// Walks the object's properties once, finding each schema property by its UTF-8 name. A missing required property
/// is reported at the object's pointer plus its name; an unknown one at its own pointer, with the closest allowed
/// name as a suggestion.
/// </remarks>
internal sealed class ObjectKeyword : JsonKeyword
{
    private readonly PropertyRule[] rules;
    private readonly Utf8NameTable table;
    private readonly string[] requiredOnly;
    private readonly bool forbidAdditional;
    private readonly SchemaNode? additional;

    public ObjectKeyword(
        IReadOnlyList<PropertyRule> rules,
        IReadOnlyList<string> requiredOnly,
        bool forbidAdditional,
        SchemaNode? additional)
    {
        this.rules = rules.ToArray();
        table = new Utf8NameTable(this.rules.Select(rule => rule.Name).ToArray());
        this.requiredOnly = requiredOnly.ToArray();
        this.forbidAdditional = forbidAdditional;
        this.additional = additional;
    }

    public override bool Streams => requiredOnly.Length == 0 && rules.All(rule => rule.RequiredWhen is null);

    public override bool ConsumesContainers => true;

    public override void ValidateReader(ref Utf8JsonReader reader, JsonValidationState state)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        Span<bool> seen = rules.Length <= 256 ? stackalloc bool[rules.Length] : new bool[rules.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = reader.ValueIsEscaped ? Find(reader.GetString()!) : table.Find(reader.ValueSpan);
            var unknown = index < 0 && (forbidAdditional || additional is not null) ? reader.GetString()! : null;
            reader.Read();
            if (index >= 0)
            {
                seen[index] = true;
                if (rules[index].Node is { } node)
                {
                    state.Push(rules[index].Name);
                    node.ValidateReader(ref reader, state);
                    state.Pop();
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (forbidAdditional)
            {
                var suggestion = SpellingSuggestion.Closest(unknown!, rules.Select(rule => rule.Name));
                state.Push(unknown!);
                state.ReportText(ValidationIssues.SchemaAdditionalProperty, JsonReaderValues.Text(ref reader), null, suggestion: suggestion);
                state.Pop();
                reader.Skip();
            }
            else if (additional is not null)
            {
                state.Push(unknown!);
                additional.ValidateReader(ref reader, state);
                state.Pop();
            }
            else
            {
                reader.Skip();
            }
        }

        for (var i = 0; i < rules.Length; i++)
        {
            if (!seen[i] && rules[i].Required)
            {
                state.Report(ValidationIssues.SchemaRequired, null, rules[i].Name, childName: rules[i].Name);
            }
        }
    }

    public override void Validate(JsonElement value, JsonValidationState state)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        Span<bool> seen = rules.Length <= 256 ? stackalloc bool[rules.Length] : new bool[rules.Length];
        foreach (var property in value.EnumerateObject())
        {
            var index = Find(property);
            if (index >= 0)
            {
                seen[index] = true;
                if (rules[index].Node is { } node)
                {
                    state.Push(rules[index].Name);
                    node.Validate(property.Value, state);
                    state.Pop();
                }
            }
            else if (forbidAdditional)
            {
                var suggestion = SpellingSuggestion.Closest(property.Name, rules.Select(rule => rule.Name));
                state.Push(property.Name);
                state.Report(ValidationIssues.SchemaAdditionalProperty, property.Value, null, suggestion: suggestion);
                state.Pop();
            }
            else if (additional is not null)
            {
                state.Push(property.Name);
                additional.Validate(property.Value, state);
                state.Pop();
            }
        }

        for (var i = 0; i < rules.Length; i++)
        {
            if (!seen[i] && (rules[i].Required || (rules[i].RequiredWhen?.Applies(state.Root) ?? false)))
            {
                state.Report(ValidationIssues.SchemaRequired, null, rules[i].Name, childName: rules[i].Name);
            }
        }

        foreach (var name in requiredOnly)
        {
            if (!value.TryGetProperty(name, out _))
            {
                state.Report(ValidationIssues.SchemaRequired, null, name, childName: name);
            }
        }
    }

    private int Find(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.Length >= 2 && raw[0] == (byte)'"')
        {
            raw = raw[1..^1];
        }

        if (raw.IndexOf((byte)'\\') < 0)
        {
            return table.Find(raw);
        }

        return Find(property.Name);
    }

    private int Find(string name) =>
        Array.FindIndex(rules, rule => string.Equals(rule.Name, name, StringComparison.Ordinal));
}
