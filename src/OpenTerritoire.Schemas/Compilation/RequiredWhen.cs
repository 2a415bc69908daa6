using System.Text.Json;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>x-requiredWhen</c>: the property is required when the value at a pointer of the record equals a value.</summary>
internal sealed class RequiredWhen(string pointer, JsonElement equals)
{
    private readonly string[] tokens = pointer.Length == 0
        ? []
        : pointer.TrimStart('/').Split('/').Select(Reporting.JsonPointer.Unescape).ToArray();

    private readonly JsonElement expected = equals.Clone();

    public bool Applies(JsonElement root)
    {
        var current = root;
        foreach (var token in tokens)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, out var index)
                     && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return false;
            }
        }

        return JsonElement.DeepEquals(current, expected);
    }
}
