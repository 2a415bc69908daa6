using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Core.Tests.Querying;

public sealed class ExpandParserTests
{
    public static TheoryData<string, string> Valid => new()
    {
        { "Locations", "Locations" },
        { "Datastreams,Locations", "Datastreams,Locations" },
        { "Datastreams/Observations", "Datastreams($expand=Observations)" },
        { "Datastreams/Observations,Datastreams/Sensor", "Datastreams($expand=Observations,Sensor)" },
        { "Datastreams($top=2),Datastreams/Sensor", "Datastreams($expand=Sensor;$top=2)" },
        {
            "Datastreams($filter=name eq 'a;b(c)';$select=id,name;$orderby=name desc;$top=5;$skip=1;$count=true)",
            "Datastreams($filter=name eq 'a;b(c)';$orderby=name desc;$select=id,name;$top=5;$skip=1;$count=true)"
        },
        {
            "Datastreams($expand=Observations($filter=result gt 5;$orderby=phenomenonTime desc;$top=1)),Locations",
            "Datastreams($expand=Observations($filter=result gt 5;$orderby=phenomenonTime desc;$top=1)),Locations"
        },
        {
            "Things($expand=Datastreams($expand=Observations($expand=FeatureOfInterest($select=name))))",
            "Things($expand=Datastreams($expand=Observations($expand=FeatureOfInterest($select=name))))"
        },
        { "Datastreams/Observations($top=3)", "Datastreams($expand=Observations($top=3))" },
        { " Datastreams ( $TOP = 3 ) ", "Datastreams($top=3)" },
    };

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "", "query.syntax", "char:0" },
        { "Datastreams,", "query.syntax", "char:12" },
        { "Datastreams(", "query.syntax", "char:11" },
        { "Datastreams)", "query.syntax", "char:11" },
        { "Datastreams($top=2)x", "query.syntax", "char:19" },
        { "Datastreams($top)", "query.syntax", "char:12" },
        { "Datastreams()", "query.syntax", "char:12" },
        { "Data streams", "query.invalid-path", "char:0" },
        { "Datastreams/", "query.invalid-path", "char:0" },
        { "Datastreams($top=x)", "query.invalid-top", "char:17" },
        { "Datastreams($skip=-1)", "query.invalid-skip", "char:18" },
        { "Datastreams($count=yes)", "query.invalid-count", "char:19" },
        { "Datastreams($foo=1)", "query.unknown-option", "char:12" },
        { "Datastreams($resultFormat=dataArray)", "query.unknown-option", "char:12" },
        { "Datastreams($search=x)", "query.not-implemented", "char:12" },
        { "Datastreams($top=1;$top=2)", "query.duplicate-option", "char:19" },
        { "Datastreams($top=1),Datastreams($skip=1)", "query.duplicate-expand", "char:20" },
        { "Datastreams($filter=result gt)", "filter.unexpected-end", "char:29" },
        { "Datastreams($expand=Observations($filter=name eq 'x)))", "filter.unterminated-string", "char:49" },
        { "Datastreams($expand=Observations($orderby=name up))", "filter.unexpected-token", "char:47" },
        { "A/B/C/D/E/F/G/H/I", "query.too-deep", "char:0" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_ValidExpand_PrintsCanonicalItems(string text, string canonical)
    {
        var parsed = ExpandParser.Parse(text);

        Assert.True(parsed.IsSuccess, parsed.ToString());
        Assert.Equal(canonical, string.Join(',', parsed.Value));
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_CanonicalForm_IsStable(string text, string canonical)
    {
        var reparsed = ExpandParser.Parse(string.Join(',', ExpandParser.Parse(text).Value));

        Assert.Equal(canonical, string.Join(',', reparsed.Value));
    }

    [Fact]
    public void Parse_NestedOptions_AreTyped()
    {
        var item = Assert.Single(ExpandParser.Parse("Datastreams($top=2;$expand=Observations($filter=result gt 5))").Value);

        Assert.Equal("Datastreams", item.Navigation);
        Assert.Equal(2, item.Options.Top);
        var nested = Assert.Single(item.Options.Expand);
        Assert.Equal("Observations", nested.Navigation);
        var filter = Assert.IsType<ComparisonExpression>(nested.Options.Filter);
        Assert.Equal(48, filter.Left.Position);
        Assert.Equal(55, filter.Position);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidExpand_ReturnsCodeAndPointer(string text, string code, string pointer)
    {
        var parsed = ExpandParser.Parse(text);

        Assert.False(parsed.IsSuccess);
        var issue = parsed.Issues[0];
        Assert.Equal(code, issue.Code);
        Assert.Equal(pointer, issue.Pointer);
    }
}
