namespace OpenTerritoire.Core.Registers;

/// <summary>The wire and database names of <see cref="RecordLifecycle"/>.</summary>
public static class RecordLifecycleNames
{
    public static string ToName(RecordLifecycle lifecycle) => lifecycle switch
    {
        RecordLifecycle.Draft => "draft",
        RecordLifecycle.Published => "published",
        RecordLifecycle.Retired => "retired",
        _ => throw new ArgumentOutOfRangeException(nameof(lifecycle), lifecycle, null),
    };

    public static bool TryParse(string? name, out RecordLifecycle lifecycle)
    {
        lifecycle = name switch
        {
            "draft" => RecordLifecycle.Draft,
            "published" => RecordLifecycle.Published,
            "retired" => RecordLifecycle.Retired,
            _ => (RecordLifecycle)(-1),
        };
        return Enum.IsDefined(lifecycle);
    }
}
