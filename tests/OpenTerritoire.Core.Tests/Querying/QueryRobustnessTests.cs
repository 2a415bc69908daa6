using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Core.Tests.Querying;

/// <summary>Truncated and mangled input must come back as issues, never as an exception.</summary>
public sealed class QueryRobustnessTests
{
    private const string Filter =
        "not (Datastream/Thing/name eq 'O''Neil') and geo.distance(location, geography'SRID=4326;POINT(1 2)') lt -1.5e3"
        + " or phenomenonTime sub duration'P1DT2H' ge 2026-03-01T08:00:00.5+01:00 and time(resultTime) lt 08:30"
        + " and substring(name, 1, 2) eq concat('a', 'b') mul (result add -2) div 2026-03-01";

    private const string Expand =
        "Datastreams($filter=result gt 5 and name eq 'a;b(c)';$select=id,name;$orderby=name desc;$top=5;$skip=1;"
        + "$count=true;$expand=Observations($filter=result gt 5;$orderby=phenomenonTime desc)),Locations/Things";

    public static TheoryData<int> FilterPrefixes => [.. Enumerable.Range(0, Filter.Length + 1)];

    public static TheoryData<int> ExpandPrefixes => [.. Enumerable.Range(0, Expand.Length + 1)];

    [Theory]
    [MemberData(nameof(FilterPrefixes))]
    public void Parse_TruncatedFilter_NeverThrows(int length)
    {
        var text = Filter[..length];

        var parsed = FilterParser.Parse(text);
        var ordered = OrderByParser.Parse(text);

        Assert.True(parsed.IsSuccess || parsed.Issues.All(issue => issue.Pointer.StartsWith("char:", StringComparison.Ordinal)));
        Assert.True(ordered.IsSuccess || ordered.Issues.Count > 0);
        if (parsed.IsSuccess)
        {
            Assert.Equal(parsed.Value.ToString(), FilterParser.Parse(parsed.Value.ToString()).Value.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(ExpandPrefixes))]
    public void Parse_TruncatedExpand_NeverThrows(int length)
    {
        var parsed = QueryOptionsParser.Parse(new Dictionary<string, string>
        {
            ["$expand"] = Expand[..length],
            ["$select"] = Expand[..length],
        });

        Assert.True(parsed.IsSuccess || parsed.Issues.All(issue => issue.Pointer.StartsWith('$')));
    }

    [Fact]
    public void Parse_FullSamples_Succeed()
    {
        Assert.True(FilterParser.Parse(Filter).IsSuccess);
        Assert.True(ExpandParser.Parse(Expand).IsSuccess);
    }
}
