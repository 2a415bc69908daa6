using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Core.Tests.Querying;

public sealed partial class FilterParserTests
{
    public static TheoryData<string, FilterFunction> Functions => new()
    {
        { "substringof('lamp', name)", FilterFunction.SubstringOf },
        { "endswith(name, 'Nord')", FilterFunction.EndsWith },
        { "startswith(name, 'Lampadaire')", FilterFunction.StartsWith },
        { "contains(description, 'mairie')", FilterFunction.Contains },
        { "length(name) gt 3", FilterFunction.Length },
        { "indexof(name, 'a') eq 1", FilterFunction.IndexOf },
        { "substring(name, 1) eq 'ampe'", FilterFunction.Substring },
        { "substring(name, 1, 2) eq 'am'", FilterFunction.Substring },
        { "tolower(name) eq 'lampe'", FilterFunction.ToLower },
        { "toupper(name) eq 'LAMPE'", FilterFunction.ToUpper },
        { "trim(name) eq 'lampe'", FilterFunction.Trim },
        { "concat(name, 'x') eq 'lampex'", FilterFunction.Concat },
        { "year(phenomenonTime) eq 2026", FilterFunction.Year },
        { "month(phenomenonTime) eq 3", FilterFunction.Month },
        { "day(phenomenonTime) eq 1", FilterFunction.Day },
        { "hour(phenomenonTime) eq 8", FilterFunction.Hour },
        { "minute(phenomenonTime) eq 0", FilterFunction.Minute },
        { "second(phenomenonTime) eq 0", FilterFunction.Second },
        { "fractionalseconds(phenomenonTime) eq 0.5", FilterFunction.FractionalSeconds },
        { "date(phenomenonTime) eq 2026-03-01", FilterFunction.Date },
        { "time(phenomenonTime) eq 08:00:00", FilterFunction.Time },
        { "totaloffsetminutes(phenomenonTime) eq 0", FilterFunction.TotalOffsetMinutes },
        { "now() gt phenomenonTime", FilterFunction.Now },
        { "mindatetime() lt phenomenonTime", FilterFunction.MinDateTime },
        { "maxdatetime() gt phenomenonTime", FilterFunction.MaxDateTime },
        { "round(result) eq 42", FilterFunction.Round },
        { "floor(result) eq 42", FilterFunction.Floor },
        { "ceiling(result) eq 43", FilterFunction.Ceiling },
        { "geo.distance(location, geography'POINT(1 2)') lt 100", FilterFunction.GeoDistance },
        { "geo.length(location) gt 10", FilterFunction.GeoLength },
        { "geo.intersects(location, geography'POINT(1 2)')", FilterFunction.GeoIntersects },
        { "st_equals(location, geography'POINT(1 2)')", FilterFunction.StEquals },
        { "st_disjoint(location, geography'POINT(1 2)')", FilterFunction.StDisjoint },
        { "st_touches(location, geography'POINT(1 2)')", FilterFunction.StTouches },
        { "st_within(location, geography'POLYGON((0 0, 3 0, 3 3, 0 3, 0 0))')", FilterFunction.StWithin },
        { "st_overlaps(location, geography'POINT(1 2)')", FilterFunction.StOverlaps },
        { "st_crosses(location, geography'LINESTRING(0 0, 2 2)')", FilterFunction.StCrosses },
        { "st_intersects(location, geography'POINT(1 2)')", FilterFunction.StIntersects },
        { "st_contains(geography'POLYGON((0 0, 3 0, 3 3, 0 3, 0 0))', location)", FilterFunction.StContains },
        { "st_relate(location, geography'POINT(1 2)', 'T********')", FilterFunction.StRelate },
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public void Parse_Function_IsCalledAndPrintsBack(string text, FilterFunction function)
    {
        var parsed = FilterParser.Parse(text);

        Assert.True(parsed.IsSuccess, parsed.ToString());
        var call = parsed.Value as FunctionCallExpression ?? (FunctionCallExpression)((ComparisonExpression)parsed.Value).Left;
        Assert.Equal(function, call.Function);
        Assert.Equal(parsed.Value.ToString(), FilterParser.Parse(parsed.Value.ToString()).Value.ToString());
    }

    [Fact]
    public void Parse_FunctionsTable_CoversEveryFunction()
    {
        var covered = Functions.Select(row => (FilterFunction)row[1]).ToHashSet();

        Assert.Equal(Enum.GetValues<FilterFunction>().ToHashSet(), covered);
        Assert.Equal(Enum.GetValues<FilterFunction>().Length, FilterFunctions.All.Count);
    }
}
