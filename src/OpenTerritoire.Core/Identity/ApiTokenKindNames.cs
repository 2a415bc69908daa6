namespace OpenTerritoire.Core.Identity;

/// <summary>The wire and database names of <see cref="ApiTokenKind"/> (<c>user</c>, <c>application</c>, <c>feed</c>).</summary>
public static class ApiTokenKindNames
{
    private static readonly Dictionary<ApiTokenKind, string> Names = new()
    {
        [ApiTokenKind.User] = "user",
        [ApiTokenKind.Application] = "application",
        [ApiTokenKind.Feed] = "feed",
    };

    private static readonly Dictionary<string, ApiTokenKind> Kinds =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every accepted name, for error messages.</summary>
    public static IReadOnlyCollection<string> All => Names.Values;

    public static string ToName(ApiTokenKind kind) => Names[kind];

    public static bool TryParse(string? name, out ApiTokenKind kind) => Kinds.TryGetValue(name ?? string.Empty, out kind);
}
