using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Core.Tests.Querying;

public sealed class QueryOptionsParserTests
{
    public static TheoryData<string, string, string, IssueKind> Invalid => new()
    {
        { "$foo=1", "query.unknown-option", "$foo", IssueKind.Invalid },
        { "$search=lampe", "query.not-implemented", "$search", IssueKind.NotImplemented },
        { "$apply=groupby((name))", "query.not-implemented", "$apply", IssueKind.NotImplemented },
        { "$top=-1", "query.invalid-top", "$top/char:0", IssueKind.Invalid },
        { "$top=1.5", "query.invalid-top", "$top/char:0", IssueKind.Invalid },
        { "$top=99999999999", "query.invalid-top", "$top/char:0", IssueKind.Invalid },
        { "$skip=abc", "query.invalid-skip", "$skip/char:0", IssueKind.Invalid },
        { "$count=1", "query.invalid-count", "$count/char:0", IssueKind.Invalid },
        { "$resultFormat=csv", "query.invalid-result-format", "$resultFormat/char:0", IssueKind.Invalid },
        { "$filter=result gt", "filter.unexpected-end", "$filter/char:9", IssueKind.Invalid },
        { "$orderby=name sideways", "filter.unexpected-token", "$orderby/char:5", IssueKind.Invalid },
        { "$select=a b", "query.invalid-path", "$select/char:0", IssueKind.Invalid },
        { "$expand=Datastreams($filter=x eq)", "filter.unexpected-end", "$expand/char:24", IssueKind.Invalid },
    };

    [Fact]
    public void Parse_EveryOption_ReturnsTypedOptions()
    {
        var parsed = QueryOptionsParser.Parse(new Dictionary<string, string>
        {
            ["$filter"] = "result gt 5 and Datastream/name eq 'Air'",
            ["$orderby"] = "phenomenonTime desc",
            ["$select"] = "id,result",
            ["$expand"] = "Datastream($select=name)",
            ["$top"] = "10",
            ["$skip"] = "20",
            ["$count"] = "true",
            ["$resultFormat"] = "dataArray",
            ["tenant"] = "ignored: not a $ option",
        });

        Assert.True(parsed.IsSuccess, parsed.ToString());
        var options = parsed.Value;
        Assert.Equal("result gt 5 and Datastream/name eq 'Air'", options.Filter?.ToString());
        Assert.Equal(10, options.Top);
        Assert.Equal(20, options.Skip);
        Assert.True(options.Count);
        Assert.Equal("dataArray", options.ResultFormat);
        Assert.Equal(
            "$filter=result gt 5 and Datastream/name eq 'Air'&$orderby=phenomenonTime desc&$select=id,result"
            + "&$expand=Datastream($select=name)&$top=10&$skip=20&$count=true&$resultFormat=dataArray",
            options.ToString());
    }

    [Fact]
    public void Parse_NoOption_ReturnsDefault()
    {
        var parsed = QueryOptionsParser.Parse(new Dictionary<string, string>());

        Assert.Same(QueryOptions.Default, parsed.Value);
        Assert.False(parsed.Value.HasOwnOptions);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidOption_ReturnsCodePointerAndKind(string query, string code, string pointer, IssueKind kind)
    {
        var separator = query.IndexOf('=', StringComparison.Ordinal);
        var raw = new Dictionary<string, string> { [query[..separator]] = query[(separator + 1)..] };

        var parsed = QueryOptionsParser.Parse(raw);

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal(code, issue.Code);
        Assert.Equal(pointer, issue.Pointer);
        Assert.Equal(kind, issue.Kind);
    }

    [Fact]
    public void Parse_SeveralBadOptions_ReportsEach()
    {
        var parsed = QueryOptionsParser.Parse(new Dictionary<string, string>
        {
            ["$top"] = "x",
            ["$foo"] = "1",
            ["$filter"] = "name eq",
        });

        Assert.Equal(
            ["query.invalid-top", "query.unknown-option", "filter.unexpected-end"],
            parsed.Issues.Select(issue => issue.Code));
    }

    [Fact]
    public void Parse_SameOptionInTwoCases_ReturnsDuplicate()
    {
        var parsed = QueryOptionsParser.Parse(new Dictionary<string, string> { ["$top"] = "1", ["$TOP"] = "2" });

        Assert.Equal("query.duplicate-option", Assert.Single(parsed.Issues).Code);
    }
}
