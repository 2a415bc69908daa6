namespace OpenTerritoire.Core.Querying;

/// <summary>The order of one <c>$orderby</c> item.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
