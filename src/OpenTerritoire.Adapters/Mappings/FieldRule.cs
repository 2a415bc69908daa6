using System.Text.Json;

namespace OpenTerritoire.Adapters.Mappings;

/// <summary>How one property of the schema record is made from the decoded vendor fields.</summary>
/// <param name="Target">The schema property written.</param>
/// <param name="Source">A dotted path into the decoded fields (<c>battery.voltage</c>); null for a constant.</param>
/// <param name="Values">A table from the vendor's value (as text) to the schema's value.</param>
public sealed record FieldRule(
    string Target,
    string? Source,
    double? Scale,
    double? Offset,
    string? FromUnit,
    string? ToUnit,
    IReadOnlyDictionary<string, JsonElement>? Values,
    JsonElement? Constant);
