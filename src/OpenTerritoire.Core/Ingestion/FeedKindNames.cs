namespace OpenTerritoire.Core.Ingestion;

/// <summary>The wire and database names of <see cref="FeedKind"/> (<c>ttn-v3</c>, <c>chirpstack-v4</c>…).</summary>
public static class FeedKindNames
{
    private static readonly Dictionary<FeedKind, string> Names = new()
    {
        [FeedKind.TtnV3] = "ttn-v3",
        [FeedKind.ChirpStackV4] = "chirpstack-v4",
        [FeedKind.Json] = "json",
        [FeedKind.Csv] = "csv",
    };

    private static readonly Dictionary<string, FeedKind> Kinds =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every accepted name, for error messages.</summary>
    public static IReadOnlyCollection<string> All => Names.Values;

    public static string ToName(FeedKind kind) => Names[kind];

    public static bool TryParse(string? name, out FeedKind kind) => Kinds.TryGetValue(name ?? string.Empty, out kind);
}
