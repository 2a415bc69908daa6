namespace OpenTerritoire.Core.Querying;

/// <summary>The boolean connectives of <c>$filter</c>.</summary>
public enum LogicalOperator
{
    And,
    Or,
}
