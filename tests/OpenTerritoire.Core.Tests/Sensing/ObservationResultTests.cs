using System.Text.Json;
using OpenTerritoire.Core.Sensing;

namespace OpenTerritoire.Core.Tests.Sensing;

public sealed class ObservationResultTests
{
    public static TheoryData<string, ObservationResultKind, string?> JsonValues => new()
    {
        { "21.5", ObservationResultKind.Number, "21.5" },
        { "3", ObservationResultKind.Number, "3" },
        { "0.1", ObservationResultKind.Number, "0.1" },
        { "true", ObservationResultKind.Boolean, "true" },
        { "\"on\"", ObservationResultKind.Text, "on" },
        { "null", ObservationResultKind.Null, null },
        { """{"a":1}""", ObservationResultKind.Json, """{"a":1}""" },
        { "[1,2]", ObservationResultKind.Json, "[1,2]" },
    };

    [Theory]
    [MemberData(nameof(JsonValues))]
    public void FromJson_EachKind_KeepsKindAndStringForm(string json, ObservationResultKind kind, string? stringForm)
    {
        var result = ObservationResult.FromJson(JsonDocument.Parse(json).RootElement);

        Assert.Equal(kind, result.Kind);
        Assert.Equal(stringForm, result.ToStringForm());
        Assert.Equal(JsonDocument.Parse(json).RootElement.GetRawText(), result.ToJsonElement().GetRawText());
    }

    [Fact]
    public void FromNumber_NotFinite_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ObservationResult.FromNumber(double.NaN));
    }

    [Fact]
    public void Equals_SameValueDifferentInstances_AreEqual()
    {
        Assert.Equal(ObservationResult.FromJson(JsonDocument.Parse("[1]").RootElement), ObservationResult.FromJson(JsonDocument.Parse("[1]").RootElement));
        Assert.NotEqual(ObservationResult.FromNumber(1), ObservationResult.FromText("1"));
    }
}
