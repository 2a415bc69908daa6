using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Core.Tests.Querying;

public sealed partial class FilterParserTests
{
    public static TheoryData<string, string> Canonical => new()
    {
        { "result gt 5", "result gt 5" },
        { "  result   GT 5  ", "result gt 5" },
        { "name eq 'O''Neil'", "name eq 'O''Neil'" },
        { "name eq ''", "name eq ''" },
        { "Datastream/Thing/name eq 'Lampadaire 12'", "Datastream/Thing/name eq 'Lampadaire 12'" },
        { "properties/owner ne null", "properties/owner ne null" },
        { "Datastream/unitOfMeasurement/symbol eq '°C'", "Datastream/unitOfMeasurement/symbol eq '°C'" },
        { "@iot.id eq 12", "@iot.id eq 12" },
        { "properties/bins/0/name eq 'A'", "properties/bins/0/name eq 'A'" },
        { "result ge -3", "result ge -3" },
        { "result ge - 3", "result ge -3" },
        { "-result lt 0", "-result lt 0" },
        { "- (result add 1) lt 0", "-(result add 1) lt 0" },
        { "result eq 21.50", "result eq 21.50" },
        { "result eq 1.5e3", "result eq 1500E0" },
        { "result eq 1.5E-7", "result eq 1.5E-07" },
        { "result eq 99999999999999999999", "result eq 99999999999999999999" },
        { "result eq true or result eq FALSE", "result eq true or result eq false" },
        { "phenomenonTime ge 2026-03-01T08:00:00Z", "phenomenonTime ge 2026-03-01T08:00:00Z" },
        { "phenomenonTime ge 2026-03-01T08:00Z", "phenomenonTime ge 2026-03-01T08:00:00Z" },
        { "phenomenonTime ge 2026-03-01T09:30:15.250+01:00", "phenomenonTime ge 2026-03-01T09:30:15.25+01:00" },
        { "phenomenonTime ge 2026-03-01T09:30:15 01:00", "phenomenonTime ge 2026-03-01T09:30:15+01:00" },
        { "phenomenonTime ge 2026-03-01T09:30:15-02:30", "phenomenonTime ge 2026-03-01T09:30:15-02:30" },
        { "date(phenomenonTime) eq 2026-03-01", "date(phenomenonTime) eq 2026-03-01" },
        { "time(phenomenonTime) lt 08:30", "time(phenomenonTime) lt 08:30:00" },
        { "phenomenonTime sub resultTime le duration'PT1H'", "phenomenonTime sub resultTime le duration'PT1H'" },
        { "phenomenonTime add duration'P1DT2H30M' gt now()", "phenomenonTime add duration'P1DT2H30M' gt now()" },
        { "phenomenonTime gt now() sub duration'-P1D'", "phenomenonTime gt now() sub duration'-P1D'" },
        { "st_within(location, geography'POINT(1 2)')", "st_within(location, geography'POINT(1 2)')" },
        { "st_within(location, geography'SRID=4326;POINT(1 2)')", "st_within(location, geography'POINT(1 2)')" },
        {
            "st_intersects(feature, geometry'POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))')",
            "st_intersects(feature, geometry'POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))')"
        },
        { "GEO.DISTANCE(location, geography'POINT(2.35 48.85)') lt 500", "geo.distance(location, geography'POINT(2.35 48.85)') lt 500" },
        { "((result gt 1))", "result gt 1" },
        { "substring(name,1,2) eq 'ab'", "substring(name, 1, 2) eq 'ab'" },
    };

    public static TheoryData<string, string> Precedence => new()
    {
        { "a add b mul c", "a add b mul c" },
        { "(a add b) mul c", "(a add b) mul c" },
        { "a sub b sub c", "a sub b sub c" },
        { "a sub (b sub c)", "a sub (b sub c)" },
        { "a div b mod c", "a div b mod c" },
        { "a mul (b div c)", "a mul (b div c)" },
        { "not a eq b or c", "not a eq b or c" },
        { "not (a eq b) or c", "not a eq b or c" },
        { "not (a eq b or c)", "not (a eq b or c)" },
        { "not a and b", "not a and b" },
        { "not (a and b)", "not (a and b)" },
        { "(not a) eq b", "(not a) eq b" },
        { "a eq (not b)", "a eq (not b)" },
        { "not not a", "not not a" },
        { "not substringof('x', name) and -a add b lt 0", "not substringof('x', name) and -a add b lt 0" },
        { "a or b and c", "a or b and c" },
        { "(a or b) and c", "(a or b) and c" },
        { "a and b or c and d", "a and b or c and d" },
        { "a eq b and c ne d", "a eq b and c ne d" },
        { "a lt b eq true", "a lt b eq true" },
        { "a eq (b lt c)", "a eq b lt c" },
        { "(a eq b) lt c", "(a eq b) lt c" },
        { "a add b gt c mul d", "a add b gt c mul d" },
        { "-a mul b", "-a mul b" },
        { "-(a mul b)", "-(a mul b)" },
    };

    // The tree shape behind the precedence table, written fully parenthesised.
    public static TheoryData<string, string> Structure => new()
    {
        { "a add b mul c", "add(a, mul(b, c))" },
        { "a sub b sub c", "sub(sub(a, b), c)" },
        { "not a eq b or c", "or(not(eq(a, b)), c)" },
        { "not a add 1 gt b and c", "and(not(gt(add(a, 1), b)), c)" },
        { "(not a) eq b", "eq(not(a), b)" },
        { "a or b and c", "or(a, and(b, c))" },
        { "a lt b eq true", "eq(lt(a, b), true)" },
        { "a add b gt c mul d", "gt(add(a, b), mul(c, d))" },
        { "-a mul b", "mul(neg(a), b)" },
    };

    [Theory]
    [MemberData(nameof(Canonical))]
    [MemberData(nameof(Precedence))]
    public void Parse_ValidExpression_PrintsCanonicalForm(string text, string canonical)
    {
        var parsed = FilterParser.Parse(text);

        Assert.True(parsed.IsSuccess, parsed.ToString());
        Assert.Equal(canonical, parsed.Value.ToString());
    }

    [Theory]
    [MemberData(nameof(Canonical))]
    [MemberData(nameof(Precedence))]
    public void Parse_CanonicalForm_IsStable(string text, string canonical)
    {
        var reparsed = FilterParser.Parse(FilterParser.Parse(text).Value.ToString());

        Assert.True(reparsed.IsSuccess, reparsed.ToString());
        Assert.Equal(canonical, reparsed.Value.ToString());
    }

    [Theory]
    [MemberData(nameof(Structure))]
    public void Parse_Operators_FollowODataPrecedence(string text, string structure)
    {
        var parsed = FilterParser.Parse(text);

        Assert.Equal(structure, parsed.Value.Accept(new StructurePrinter()));
    }

    [Fact]
    public void Parse_Nodes_CarryTheirOffsets()
    {
        var parsed = (ComparisonExpression)FilterParser.Parse("  Datastream/name  eq 'x'").Value;

        Assert.Equal(2, parsed.Left.Position);
        Assert.Equal(19, parsed.Position);
        Assert.Equal(22, parsed.Right.Position);
    }

    [Fact]
    public void Parse_PropertyPath_KeepsSegments()
    {
        var parsed = (ComparisonExpression)FilterParser.Parse("properties/owner/name eq 'Ville'").Value;

        var path = Assert.IsType<PropertyPathExpression>(parsed.Left);
        Assert.Equal(["properties", "owner", "name"], path.Path.Segments);
    }
}
