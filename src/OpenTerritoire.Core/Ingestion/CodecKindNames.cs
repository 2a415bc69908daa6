namespace OpenTerritoire.Core.Ingestion;

/// <summary>The wire and database names of <see cref="CodecKind"/> (<c>builtin</c>, <c>byte-layout</c>…).</summary>
public static class CodecKindNames
{
    private static readonly Dictionary<CodecKind, string> Names = new()
    {
        [CodecKind.BuiltIn] = "builtin",
        [CodecKind.ByteLayout] = "byte-layout",
        [CodecKind.JavaScript] = "javascript",
        [CodecKind.Network] = "network",
    };

    private static readonly Dictionary<string, CodecKind> Kinds =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every accepted name, for error messages.</summary>
    public static IReadOnlyCollection<string> All => Names.Values;

    public static string ToName(CodecKind kind) => Names[kind];

    public static bool TryParse(string? name, out CodecKind kind) => Kinds.TryGetValue(name ?? string.Empty, out kind);
}
