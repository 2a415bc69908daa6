using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Core.Tests.Querying;

public sealed partial class FilterParserTests
{
    public static TheoryData<string, string, string> Failures => new()
    {
        { "", "filter.unexpected-end", "char:0" },
        { "   ", "filter.unexpected-end", "char:3" },
        { "result gt", "filter.unexpected-end", "char:9" },
        { "result gt 5 and", "filter.unexpected-end", "char:15" },
        { "(result gt 5", "filter.unexpected-end", "char:12" },
        { "result gt 5)", "filter.unexpected-token", "char:11" },
        { "result gt 5 foo", "filter.unexpected-token", "char:12" },
        { "result eq eq 5", "filter.unexpected-token", "char:10" },
        { "and result", "filter.unexpected-token", "char:0" },
        { "a eq not b", "filter.unexpected-token", "char:5" },
        { "not", "filter.unexpected-end", "char:3" },
        { "Datastream/ eq 1", "filter.unexpected-token", "char:12" },
        { "substringof('a' name)", "filter.unexpected-token", "char:16" },
        { "length(name", "filter.unexpected-end", "char:11" },
        { "result gt 5 & name eq 'x'", "filter.syntax", "char:12" },
        { "result gt 5abc", "filter.syntax", "char:11" },
        { "name eq 'abc", "filter.unterminated-string", "char:8" },
        { "name eq 'it''s", "filter.unterminated-string", "char:8" },
        { "st_within(location, geography'POINT(1 2))", "filter.unterminated-string", "char:29" },
        { "frobnicate(name) eq 1", "filter.unknown-function", "char:0" },
        { "result gt geo.area(location)", "filter.unknown-function", "char:10" },
        { "length(name, 2) eq 1", "filter.argument-count", "char:0" },
        { "substring(name) eq 'a'", "filter.argument-count", "char:0" },
        { "name eq concat('a')", "filter.argument-count", "char:8" },
        { "now(1) gt phenomenonTime", "filter.argument-count", "char:0" },
        { "st_relate(location, geography'POINT(1 2)')", "filter.argument-count", "char:0" },
        { "phenomenonTime gt 2026-13-01T00:00:00Z", "filter.bad-literal", "char:18" },
        { "phenomenonTime gt 2026-02-30", "filter.bad-literal", "char:18" },
        { "phenomenonTime gt 2026-03-01T08:00:00", "filter.bad-literal", "char:18" },
        { "phenomenonTime gt 2026-03-01T08", "filter.bad-literal", "char:18" },
        { "phenomenonTime gt 2026-03-01T", "filter.bad-literal", "char:18" },
        { "time(phenomenonTime) gt 25:00", "filter.bad-literal", "char:24" },
        { "resultTime sub phenomenonTime gt duration'P1Y'", "filter.bad-literal", "char:33" },
        { "resultTime sub phenomenonTime gt duration'soon'", "filter.bad-literal", "char:33" },
        { "st_within(location, geography'POINT(1)')", "filter.bad-literal", "char:20" },
        { "st_within(location, geography'CIRCLE(1 2, 3)')", "filter.bad-literal", "char:20" },
        { "st_within(location, geography'SRID=2154;POINT(1 2)')", "filter.bad-literal", "char:20" },
        { "result eq binary'AAEC'", "filter.bad-literal", "char:10" },
        { "result eq 1e999", "filter.bad-literal", "char:10" },
        { "result eq 79228162514264337593543950336", "filter.bad-literal", "char:10" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Parse_InvalidExpression_ReturnsCodeAndPointer(string text, string code, string pointer)
    {
        var parsed = FilterParser.Parse(text);

        Assert.False(parsed.IsSuccess);
        var issue = Assert.Single(parsed.Issues);
        Assert.Equal(code, issue.Code);
        Assert.Equal(pointer, issue.Pointer);
        Assert.Equal(IssueKind.Invalid, issue.Kind);
        Assert.False(string.IsNullOrWhiteSpace(issue.MessageFr));
    }

    [Fact]
    public void Parse_DeepNesting_ReturnsTooDeep()
    {
        var text = new string('(', 200) + "result" + new string(')', 200);

        var parsed = FilterParser.Parse(text);

        Assert.Equal("filter.too-deep", Assert.Single(parsed.Issues).Code);
        Assert.Equal("char:64", parsed.Issues[0].Pointer);
    }

    [Fact]
    public void Parse_DeepNotChain_ReturnsTooDeep()
    {
        var parsed = FilterParser.Parse(string.Concat(Enumerable.Repeat("not ", 100)) + "a");

        Assert.Equal("filter.too-deep", Assert.Single(parsed.Issues).Code);
    }

    [Fact]
    public void Parse_TooManyTokens_ReturnsTooLong()
    {
        var text = string.Join(" or ", Enumerable.Repeat("a eq 1", 700));

        var parsed = FilterParser.Parse(text);

        Assert.Equal("filter.too-long", Assert.Single(parsed.Issues).Code);
    }
}
