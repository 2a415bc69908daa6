namespace OpenTerritoire.Core.Identity;

/// <summary>The wire and database names of <see cref="TokenScope"/> (<c>read</c>, <c>write</c>…).</summary>
public static class TokenScopeNames
{
    private static readonly Dictionary<TokenScope, string> Names = new()
    {
        [TokenScope.Read] = "read",
        [TokenScope.Write] = "write",
        [TokenScope.Validate] = "validate",
        [TokenScope.Admin] = "admin",
    };

    private static readonly Dictionary<string, TokenScope> Scopes =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every accepted name, for error messages.</summary>
    public static IReadOnlyCollection<string> All => Names.Values;

    public static string ToName(TokenScope scope) => Names[scope];

    public static bool TryParse(string? name, out TokenScope scope) => Scopes.TryGetValue(name ?? string.Empty, out scope);
}
