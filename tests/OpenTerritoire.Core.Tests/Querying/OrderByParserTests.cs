using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Core.Tests.Querying;

public sealed class OrderByParserTests
{
    public static TheoryData<string, string> Valid => new()
    {
        { "phenomenonTime desc,result", "phenomenonTime desc,result" },
        { "phenomenonTime DESC , result asc", "phenomenonTime desc,result" },
        { "Datastream/name", "Datastream/name" },
        { "geo.distance(location, geography'POINT(1 2)') desc", "geo.distance(location, geography'POINT(1 2)') desc" },
        { "result add 1 desc", "result add 1 desc" },
        { "name eq 'a,b' desc", "name eq 'a,b' desc" },
    };

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "", "filter.unexpected-end", "char:0" },
        { "name,", "filter.unexpected-end", "char:5" },
        { "name upward", "filter.unexpected-token", "char:5" },
        { "name desc desc", "filter.unexpected-token", "char:10" },
        { "name;id", "filter.syntax", "char:4" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_ValidList_PrintsCanonicalItems(string text, string canonical)
    {
        var parsed = OrderByParser.Parse(text);

        Assert.True(parsed.IsSuccess, parsed.ToString());
        Assert.Equal(canonical, string.Join(',', parsed.Value));
    }

    [Fact]
    public void Parse_TwoItems_KeepsDirections()
    {
        var parsed = OrderByParser.Parse("phenomenonTime desc,result").Value;

        Assert.Equal([SortDirection.Descending, SortDirection.Ascending], parsed.Select(item => item.Direction));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidList_ReturnsCodeAndPointer(string text, string code, string pointer)
    {
        var issue = Assert.Single(OrderByParser.Parse(text).Issues);

        Assert.Equal(code, issue.Code);
        Assert.Equal(pointer, issue.Pointer);
    }
}
