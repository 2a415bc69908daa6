using System.Text.Json;

namespace OpenTerritoire.Storage.Mapping;

/// <summary>Converts between <see cref="JsonElement"/> values and jsonb columns read and written as text.</summary>
internal static class JsonColumn
{
    public static string? ToText(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } element ? element.GetRawText() : null;

    public static JsonElement? FromText(string? text) =>
        text is null ? null : JsonDocument.Parse(text).RootElement.Clone();
}
