using System.Text.Json.Nodes;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>A test on an earlier field (<c>when: {field: occupied, equals: true}</c>).</summary>
public sealed record FieldCondition(string Field, ConditionOperator Operator, JsonNode? Operand);
