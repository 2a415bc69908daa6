using OpenTerritoire.Storage.Querying;

namespace OpenTerritoire.Storage.Tests.Querying;

public sealed partial class SqlFilterTranslatorTests
{
    public static TheoryData<string, string> ObservationComparisons => new()
    {
        { "result gt 30", "o2" },
        { "result eq 21.5", "o1" },
        { "result ge 21.5 and result le 42", "o1,o2" },
        { "result eq 'défaut lampe'", "o3" },
        { "result eq '42'", "o2" },
        { "result eq true", "o4" },
        { "result ne true", "o5" },
        { "result eq null", "" },
        { "result ne null", "o1,o2,o3,o4,o5" },
        { "not (result gt 30)", "o1,o3,o4,o5" },
        { "not result gt 30 and not result eq true", "o1,o3,o5" },
        { "not resultTime eq null", "o2" },
        { "result gt 30 or result eq false", "o2,o5" },
        { "phenomenonTime ge 2026-03-02T00:00:00Z", "o2,o3,o5" },
        { "phenomenonTime le 2026-03-01T09:00:00+01:00", "o1,o4" },
        { "phenomenonTime ge 2026-03-03", "o3,o5" },
        { "resultTime eq null", "o1,o3,o4,o5" },
        { "resultTime gt phenomenonTime", "o2" },
        { "phenomenonTime gt now()", "o2,o3,o5" },
        { "phenomenonTime gt mindatetime() and phenomenonTime lt maxdatetime()", "o1,o2,o3,o4,o5" },
    };

    public static TheoryData<string, string> Arithmetic => new()
    {
        { "result add 10 gt 50", "o2" },
        { "result sub 1.5 eq 20", "o1" },
        { "result mul 2 eq 43", "o1" },
        { "result div 2 eq 21", "o2" },
        { "result mod 5 eq 2", "o2" },
        { "-result lt -40", "o2" },
        { "result add 1.5e1 eq 36.5", "o1" },
        { "result add 2 mul 10 eq 62", "o2" },
        { "(result add 2) mul 10 eq 440", "o2" },
        { "7 div 2 eq 3 and result eq 42", "o2" },
        { "result div 0 eq 1", "" },
        { "resultTime sub phenomenonTime eq duration'PT1H'", "o2" },
        { "phenomenonTime add duration'P1D' lt 2026-03-03T00:00:00Z", "o1,o4" },
        { "phenomenonTime gt now() sub duration'P1D'", "o2,o3,o5" },
        { "phenomenonTime sub duration'-PT16H' ge 2026-03-03", "o2,o3,o5" },
    };

    public static TheoryData<string, string> DateFunctions => new()
    {
        { "year(phenomenonTime) eq 2026", "o1,o2,o3,o4,o5" },
        { "month(phenomenonTime) eq 4", "o5" },
        { "day(phenomenonTime) eq 2", "o2" },
        { "hour(phenomenonTime) eq 23", "o5" },
        { "minute(phenomenonTime) eq 45", "o2" },
        { "second(phenomenonTime) eq 30", "o2" },
        { "fractionalseconds(phenomenonTime) eq 0.25", "o2" },
        { "date(phenomenonTime) eq 2026-03-01", "o1,o4" },
        { "time(phenomenonTime) eq 08:00:00", "o1,o3,o4" },
        { "time(phenomenonTime) gt 12:00", "o2,o5" },
        { "totaloffsetminutes(phenomenonTime) eq 0", "o1,o2,o3,o4,o5" },
        { "day(date(phenomenonTime)) eq 4", "o5" },
        { "round(result) eq 22", "o1" },
        { "floor(result) eq 21", "o1" },
        { "ceiling(result) eq 22", "o1" },
    };

    public static TheoryData<string, string> ThingStrings => new()
    {
        { "name eq 'Lampadaire Nord'", "north" },
        { "name ne 'Lampadaire Nord'", "south" },
        { "name gt 'Lampadaire O'", "south" },
        { "substringof('Sud', name)", "south" },
        { "contains(name, 'Nord')", "north" },
        { "startswith(name, 'Lampadaire')", "north,south" },
        { "endswith(name, 'Sud')", "south" },
        { "not endswith(name, 'Sud')", "north" },
        { "length(name) eq 15", "north" },
        { "indexof(name, 'Nord') eq 11", "north" },
        { "indexof(name, 'Est') eq -1", "north,south" },
        { "substring(name, 11) eq 'Sud'", "south" },
        { "substring(name, 0, 4) eq 'Lamp'", "north,south" },
        { "substring(name, 1, -3) eq ''", "north,south" },
        { "tolower(name) eq 'lampadaire nord'", "north" },
        { "toupper(name) eq 'LAMPADAIRE SUD'", "south" },
        { "trim(description) eq 'Quai du Rhône'", "south" },
        { "concat(name, '!') eq 'Lampadaire Sud!'", "south" },
        { "name eq 'O''Neil' or name eq 'Lampadaire Sud'", "south" },
        { "description eq 'Place de l''Hôtel de Ville'", "north" },
    };

    public static TheoryData<string, string> JsonProperties => new()
    {
        { "properties/owner eq 'Ville'", "north" },
        { "properties/height gt 7", "north" },
        { "properties/height lt 7", "" },
        { "properties/height eq '6'", "south" },
        { "properties/lit eq true", "north" },
        { "properties/lit eq false", "south" },
        { "properties/address/street eq 'Rue Haute'", "north" },
        { "properties/missing eq null", "north,south" },
        { "properties/owner ne null", "north,south" },
        { "startswith(properties/owner, 'Mé')", "south" },
        { "properties/height add 1 eq 9", "north" },
    };

    [Theory]
    [MemberData(nameof(ObservationComparisons))]
    [MemberData(nameof(Arithmetic))]
    [MemberData(nameof(DateFunctions))]
    public async Task Translate_ObservationFilter_SelectsMatchingRows(string filter, string expected) =>
        Assert.Equal(expected, await MatchAsync(EntitySet.Observations, filter));

    [Theory]
    [MemberData(nameof(ThingStrings))]
    [MemberData(nameof(JsonProperties))]
    public async Task Translate_ThingFilter_SelectsMatchingRows(string filter, string expected) =>
        Assert.Equal(expected, await MatchAsync(EntitySet.Things, filter));

    [Theory]
    [InlineData("parameters/rssi lt -90", "o1")]
    [InlineData("parameters/gateway eq 'eui-b827'", "o1")]
    [InlineData("parameters/rssi eq 'x'", "")]
    public async Task Translate_ObservationParameters_SelectsMatchingRows(string filter, string expected) =>
        Assert.Equal(expected, await MatchAsync(EntitySet.Observations, filter));
}
