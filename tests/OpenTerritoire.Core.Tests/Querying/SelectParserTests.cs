using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Core.Tests.Querying;

public sealed class SelectParserTests
{
    public static TheoryData<string, string> Valid => new()
    {
        { "id,name,properties/owner", "id|name|properties/owner" },
        { " id , name ", "id|name" },
        { "@iot.id,result", "@iot.id|result" },
        { "name,name", "name" },
    };

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "", "query.invalid-path", "char:0" },
        { "id,", "query.invalid-path", "char:3" },
        { "id,na me", "query.invalid-path", "char:3" },
        { "id,properties//owner", "query.invalid-path", "char:3" },
        { "id,name(x)", "query.invalid-path", "char:3" },
        { "id,name)", "query.syntax", "char:7" },
        { "id,'name", "filter.unterminated-string", "char:3" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_ValidList_ReturnsPaths(string text, string paths)
    {
        var parsed = SelectParser.Parse(text);

        Assert.True(parsed.IsSuccess, parsed.ToString());
        Assert.Equal(paths, string.Join('|', parsed.Value));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidList_ReturnsCodeAndPointer(string text, string code, string pointer)
    {
        var issue = Assert.Single(SelectParser.Parse(text).Issues);

        Assert.Equal(code, issue.Code);
        Assert.Equal(pointer, issue.Pointer);
    }
}
