namespace OpenTerritoire.Adapters.Codecs;

/// <summary>How a <see cref="FieldCondition"/> compares a field with its operand.</summary>
public enum ConditionOperator
{
    Equals,
    NotEquals,
    AtLeast,
    Below,
}
