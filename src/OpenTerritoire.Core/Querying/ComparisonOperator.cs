namespace OpenTerritoire.Core.Querying;

/// <summary>The comparison operators of <c>$filter</c>: <c>eq ne gt ge lt le</c>.</summary>
public enum ComparisonOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}
