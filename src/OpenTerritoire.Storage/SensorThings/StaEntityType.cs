using OpenTerritoire.Storage.Querying;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>One SensorThings entity type: its names, its table, its properties and navigation properties.</summary>
/// <param name="Visibility">
/// A SQL condition on the row aliased <c>{e}</c>: true when an anonymous caller may read it (published), or when it
/// belongs to the caller's tenant, bound as <c>@ViewerTenant</c> (null when anonymous).
/// </param>
/// <param name="Set">The entity set in the filter translator's registry (<c>$filter</c>, <c>$orderby</c>).</param>
public sealed record StaEntityType(
    EntitySet Set,
    string Name,
    string SetName,
    string Table,
    IReadOnlyList<StaProperty> Properties,
    IReadOnlyList<StaNavigation> Navigations,
    string Visibility)
{
    /// <summary>The property with this wire name, or null.</summary>
    public StaProperty? FindProperty(string name) =>
        Properties.FirstOrDefault(property => string.Equals(property.Name, name, StringComparison.Ordinal));

    /// <summary>The navigation property with this wire name, or null.</summary>
    public StaNavigation? FindNavigation(string name) =>
        Navigations.FirstOrDefault(navigation => string.Equals(navigation.Name, name, StringComparison.Ordinal));

    /// <summary>The visibility condition for the row aliased <paramref name="alias"/>.</summary>
    public string VisibleAs(string alias) => Visibility.Replace("{e}", alias, StringComparison.Ordinal);
}
