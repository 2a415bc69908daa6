using System.Globalization;
using OpenTerritoire.Core.Querying;

namespace OpenTerritoire.Core.Tests.Querying;

public sealed partial class FilterParserTests
{
    // Literal text → node type and its value as the structure printer shows it.
    public static TheoryData<string, Type, string> Literals => new()
    {
        { "'O''Neil'", typeof(StringLiteral), "'O'Neil'" },
        { "'a,b;c(d)'", typeof(StringLiteral), "'a,b;c(d)'" },
        { "42", typeof(IntegerLiteral), "42" },
        { "-42", typeof(IntegerLiteral), "-42" },
        { "9223372036854775807", typeof(IntegerLiteral), "9223372036854775807" },
        { "9223372036854775808", typeof(DecimalLiteral), "9223372036854775808" },
        { "21.5", typeof(DecimalLiteral), "21.5" },
        { "-0.25", typeof(DecimalLiteral), "-0.25" },
        { "1.5e3", typeof(DoubleLiteral), "1500" },
        { "2E-2", typeof(DoubleLiteral), "0.02" },
        { "-1.5E+2", typeof(DoubleLiteral), "-150" },
        { "true", typeof(BooleanLiteral), "true" },
        { "False", typeof(BooleanLiteral), "false" },
        { "null", typeof(NullLiteral), "null" },
        { "2026-03-01T08:00:00Z", typeof(DateTimeLiteral), "2026-03-01T08:00:00.0000000+00:00" },
        { "2026-03-01T09:00:00+01:00", typeof(DateTimeLiteral), "2026-03-01T09:00:00.0000000+01:00" },
        { "2026-03-01T08:00:00.1234567-02:30", typeof(DateTimeLiteral), "2026-03-01T08:00:00.1234567-02:30" },
        { "2026-03-01", typeof(DateLiteral), "2026-03-01" },
        { "23:59:59.5", typeof(TimeOfDayLiteral), "23:59:59.5000000" },
        { "duration'P1D'", typeof(DurationLiteral), "1.00:00:00" },
        { "duration'PT1H30M'", typeof(DurationLiteral), "01:30:00" },
        { "duration'PT0.5S'", typeof(DurationLiteral), "00:00:00.5000000" },
        { "duration'-P2DT3H'", typeof(DurationLiteral), "-2.03:00:00" },
        { "geography'POINT(2.35 48.85)'", typeof(SpatialLiteral), "Geography:POINT(2.35 48.85)" },
        { "geometry'LINESTRING(0 0, 1 1)'", typeof(SpatialLiteral), "Geometry:LINESTRING(0 0, 1 1)" },
        { "geography'SRID=4326;POLYGON((0 0, 1 0, 1 1, 0 0))'", typeof(SpatialLiteral), "Geography:POLYGON((0 0, 1 0, 1 1, 0 0))" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Parse_Literal_HasTypeAndValue(string text, Type type, string value)
    {
        var parsed = FilterParser.Parse(text);

        Assert.True(parsed.IsSuccess, parsed.ToString());
        Assert.IsType(type, parsed.Value);
        Assert.Equal(value, parsed.Value.Accept(new StructurePrinter()));
    }

    [Fact]
    public void Parse_DateTimeWithOffset_KeepsInstant()
    {
        var parsed = (DateTimeLiteral)FilterParser.Parse("2026-03-01T09:00:00+01:00").Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), parsed.Value);
    }

    [Fact]
    public void Parse_DecimalLiteral_KeepsExactValue()
    {
        var parsed = (DecimalLiteral)FilterParser.Parse("0.1").Value;

        Assert.Equal(0.1m, parsed.Value);
        Assert.Equal("0.1", parsed.Value.ToString(CultureInfo.InvariantCulture));
    }
}
