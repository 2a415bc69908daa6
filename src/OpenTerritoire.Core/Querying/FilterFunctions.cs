namespace OpenTerritoire.Core.Querying;

/// <summary>The catalogue of <c>$filter</c> functions: canonical names and arities.</summary>
public static class FilterFunctions
{
    private static readonly FilterFunctionSignature[] Signatures =
    [
        new(FilterFunction.SubstringOf, "substringof", 2, 2),
        new(FilterFunction.EndsWith, "endswith", 2, 2),
        new(FilterFunction.StartsWith, "startswith", 2, 2),
        new(FilterFunction.Contains, "contains", 2, 2),
        new(FilterFunction.Length, "length", 1, 1),
        new(FilterFunction.IndexOf, "indexof", 2, 2),
        new(FilterFunction.Substring, "substring", 2, 3),
        new(FilterFunction.ToLower, "tolower", 1, 1),
        new(FilterFunction.ToUpper, "toupper", 1, 1),
        new(FilterFunction.Trim, "trim", 1, 1),
        new(FilterFunction.Concat, "concat", 2, 2),
        new(FilterFunction.Year, "year", 1, 1),
        new(FilterFunction.Month, "month", 1, 1),
        new(FilterFunction.Day, "day", 1, 1),
        new(FilterFunction.Hour, "hour", 1, 1),
        new(FilterFunction.Minute, "minute", 1, 1),
        new(FilterFunction.Second, "second", 1, 1),
        new(FilterFunction.FractionalSeconds, "fractionalseconds", 1, 1),
        new(FilterFunction.Date, "date", 1, 1),
        new(FilterFunction.Time, "time", 1, 1),
        new(FilterFunction.TotalOffsetMinutes, "totaloffsetminutes", 1, 1),
        new(FilterFunction.Now, "now", 0, 0),
        new(FilterFunction.MinDateTime, "mindatetime", 0, 0),
        new(FilterFunction.MaxDateTime, "maxdatetime", 0, 0),
        new(FilterFunction.Round, "round", 1, 1),
        new(FilterFunction.Floor, "floor", 1, 1),
        new(FilterFunction.Ceiling, "ceiling", 1, 1),
        new(FilterFunction.GeoDistance, "geo.distance", 2, 2),
        new(FilterFunction.GeoLength, "geo.length", 1, 1),
        new(FilterFunction.GeoIntersects, "geo.intersects", 2, 2),
        new(FilterFunction.StEquals, "st_equals", 2, 2),
        new(FilterFunction.StDisjoint, "st_disjoint", 2, 2),
        new(FilterFunction.StTouches, "st_touches", 2, 2),
        new(FilterFunction.StWithin, "st_within", 2, 2),
        new(FilterFunction.StOverlaps, "st_overlaps", 2, 2),
        new(FilterFunction.StCrosses, "st_crosses", 2, 2),
        new(FilterFunction.StIntersects, "st_intersects", 2, 2),
        new(FilterFunction.StContains, "st_contains", 2, 2),
        new(FilterFunction.StRelate, "st_relate", 3, 3),
    ];

    private static readonly Dictionary<string, FilterFunctionSignature> ByName =
        Signatures.ToDictionary(signature => signature.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<FilterFunction, FilterFunctionSignature> ByFunction =
        Signatures.ToDictionary(signature => signature.Function);

    /// <summary>Every function, in catalogue order.</summary>
    public static IReadOnlyList<FilterFunctionSignature> All => Signatures;

    /// <summary>Looks a function up by name, ignoring case; false for a name that is not a function.</summary>
    public static bool TryFind(string name, out FilterFunctionSignature signature) =>
        // The out value is only read when true is returned.
        ByName.TryGetValue(name, out signature!);

    /// <summary>The signature of a function; every enum member has one.</summary>
    public static FilterFunctionSignature Get(FilterFunction function) => ByFunction[function];
}
