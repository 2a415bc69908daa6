using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Storage.Mapping;

/// <summary>The names of <see cref="DuplicatePolicy"/> in the <c>duplicate_policy</c> column.</summary>
internal static class DuplicatePolicyColumn
{
    public static string ToName(DuplicatePolicy policy) => policy switch
    {
        DuplicatePolicy.Reject => "reject",
        DuplicatePolicy.KeepFirst => "keep-first",
        DuplicatePolicy.Replace => "replace",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };

    public static DuplicatePolicy Parse(string name) => name switch
    {
        "reject" => DuplicatePolicy.Reject,
        "keep-first" => DuplicatePolicy.KeepFirst,
        "replace" => DuplicatePolicy.Replace,
        _ => throw new InvalidDataException($"Bad duplicate policy '{name}'."),
    };
}
