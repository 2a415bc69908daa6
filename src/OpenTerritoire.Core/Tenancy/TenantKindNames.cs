namespace OpenTerritoire.Core.Tenancy;

/// <summary>The wire and database names of <see cref="TenantKind"/> (<c>region</c>, <c>departement</c>…).</summary>
public static class TenantKindNames
{
    private static readonly Dictionary<TenantKind, string> Names = new()
    {
        [TenantKind.Region] = "region",
        [TenantKind.Departement] = "departement",
        [TenantKind.Syndicat] = "syndicat",
        [TenantKind.Epci] = "epci",
        [TenantKind.Commune] = "commune",
        [TenantKind.Operator] = "operator",
    };

    private static readonly Dictionary<string, TenantKind> Kinds =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every accepted name, for error messages.</summary>
    public static IReadOnlyCollection<string> All => Names.Values;

    /// <summary>The name of a kind.</summary>
    public static string ToName(TenantKind kind) => Names[kind];

    /// <summary>Reads a name; false for anything else.</summary>
    public static bool TryParse(string? name, out TenantKind kind) =>
        Kinds.TryGetValue(name ?? string.Empty, out kind);
}
