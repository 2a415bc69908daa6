using OpenTerritoire.Storage.SensorThings;

namespace OpenTerritoire.Storage.Tests.SensorThings;

public sealed class StaResourcePathParserTests
{
    public static TheoryData<string, string, bool> Valid => new()
    {
        { "Things", "Things", false },
        { "Things(1)", "Things(1)", true },
        { "Things(1)/Datastreams(2)/Observations", "Things(1)/Datastreams(2)/Observations", false },
        { "Observations(5)/Datastream/Thing", "Observations(5)/Datastream/Thing", true },
        { "Things(9223372036854775807)", "Things(9223372036854775807)", true },
        { "Locations(3)/HistoricalLocations", "Locations(3)/HistoricalLocations", false },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "Thingz", "/segment:0" },
        { "Things(abc)", "/segment:0" },
        { "Things('1')", "/segment:0" },
        { "Things(99999999999999999999)", "/segment:0" },
        { "Things()", "/segment:0" },
        { "Things/Datastreams", "/segment:1" },
        { "Things(1)/Thing", "/segment:1" },
        { "Datastreams(1)/Thing(2)", "/segment:1" },
        { "Things(1)/name/other", "/segment:2" },
        { "Things(1)/$ref/name", "/segment:2" },
        { "Things/$value", "/segment:1" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_ValidPath_KeepsItsEntitySteps(string path, string entityText, bool single)
    {
        var parsed = StaResourcePathParser.Parse(path);

        Assert.True(parsed.IsSuccess);
        Assert.Equal(entityText, parsed.Value.EntityText);
        Assert.Equal(single, parsed.Value.IsSingle);
    }

    [Fact]
    public void Parse_PropertyValue_NamesThePropertyAndRawValue()
    {
        var parsed = StaResourcePathParser.Parse("Datastreams(4)/unitOfMeasurement/$value").Value;

        Assert.Equal("unitOfMeasurement", parsed.Property?.Name);
        Assert.True(parsed.RawValue);
        Assert.Same(StaEntityTypes.Datastreams, parsed.Target.Type);
    }

    [Fact]
    public void Parse_Reference_MarksItAsReference()
    {
        var parsed = StaResourcePathParser.Parse("Things(1)/Locations/$ref").Value;

        Assert.True(parsed.Reference);
        Assert.Same(StaEntityTypes.Locations, parsed.Target.Type);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_UnknownOrMalformedSegment_ReturnsUnknownResourceAtThatSegment(string path, string pointer)
    {
        var parsed = StaResourcePathParser.Parse(path);

        Assert.False(parsed.IsSuccess);
        Assert.Equal("sta.unknown-resource", parsed.Issues[0].Code);
        Assert.Equal(pointer, parsed.Issues[0].Pointer);
    }
}
