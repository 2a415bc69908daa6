using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;
using OpenTerritoire.Schemas.Rules;
using OpenTerritoire.Testing.Builders;

namespace OpenTerritoire.Schemas.Tests.Rules;

public sealed class ObservationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-03-02T08:04:59Z", false)]
    [InlineData("2026-03-02T08:05:01Z", true)]
    [InlineData("2026-03-02T09:04:00+01:00", false)]
    [InlineData("2026-03-02T10:00:00+01:00", true)]
    public void Check_ObservedAt_FailsBeyondTheTolerance(string observedAt, bool fails)
    {
        var codes = Check($$"""{"observedAt": "{{observedAt}}"}""");

        Assert.Equal(fails, codes.Contains("rule.future-time /observedAt"));
    }

    [Fact]
    public void Check_ToleranceOption_IsUsed()
    {
        var rules = new ObservationRules(new FakeTimeProvider(Now), new ObservationRulesOptions { FutureTolerance = TimeSpan.FromHours(2) });

        var codes = Check("""{"observedAt": "2026-03-02T09:30:00Z"}""", rules: rules);

        Assert.Empty(codes);
    }

    [Theory]
    [InlineData("ucum:Cel", -274, true)]
    [InlineData("ucum:Cel", -40, false)]
    [InlineData("ucum:%", 101, true)]
    [InlineData("ucum:dB", 200, true)]
    [InlineData("ucum:W", -5, false)]
    public void Check_ValueAgainstItsUnit_FailsOutsideThePhysicalRange(string unit, double value, bool fails)
    {
        var property = new ObservedPropertyDescriptor("value", "Value", "x", "u", "u", unit, "OM_Measurement");

        var codes = Check($$"""{"value": {{value}}}""", property);

        Assert.Equal(fails, codes.Contains("rule.physical-range /value"));
    }

    [Fact]
    public void Check_SeriesOfValues_PointsToTheItem()
    {
        var property = new ObservedPropertyDescriptor("intervalVolumes", "Volumes", "x", "m3", "m³", "ucum:m3", "OM_Measurement");

        var codes = Check("""{"intervalVolumes": [0.1, -0.2]}""", property);

        Assert.Equal(["rule.physical-range /intervalVolumes/1"], codes);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(100, false)]
    [InlineData(-1, true)]
    [InlineData(140, true)]
    public void Check_FillLevel_MustBeAPercentage(double fill, bool fails) =>
        Assert.Equal(fails, Check($$"""{"fillLevel": {{fill}}}""").Contains("rule.fill-level /fillLevel"));

    [Theory]
    [InlineData(400, 250, 650, false)]
    [InlineData(400, 200, 650, false)]
    [InlineData(400, 300, 650, true)]
    public void Check_OccupiedFreeAndCapacity_MustAddUp(int occupied, int free, int capacity, bool fails) =>
        Assert.Equal(fails, Check($$"""{"occupiedSpaces": {{occupied}}, "freeSpaces": {{free}}, "capacity": {{capacity}}}""")
            .Contains("rule.occupancy-inconsistent /capacity"));

    [Theory]
    [InlineData(412.3, false)]
    [InlineData(412.318, false)]
    [InlineData(412.2, true)]
    public void Check_MeterIndex_NeverDecreases(double index, bool fails) =>
        Assert.Equal(fails, Check($$"""{"index": {{index}}}""", previousIndex: 412.3).Contains("rule.index-decreasing /index"));

    [Theory]
    [InlineData(4.85, 45.75, false)]
    [InlineData(2.35, 48.85, true)]
    public void Check_Location_MustBeInsideTheTenantArea(double longitude, double latitude, bool fails) =>
        Assert.Equal(fails, Check($$$"""{"location": {"type": "Point", "coordinates": [{{{longitude}}}, {{{latitude}}}]}}""", area: true)
            .Contains("rule.outside-tenant-area /location"));

    [Fact]
    public void Check_WithRecordLocation_PrefixesThePointer()
    {
        using var document = JsonDocument.Parse("""{"fillLevel": 140}""");
        var rules = new ObservationRules(new FakeTimeProvider(Now));

        var entries = rules.Check(new ObservationRuleContext(Schema(), document.RootElement), new IssueLocation("line:12") { Record = 12 });

        Assert.Equal(("line:12/fillLevel", 12L), (entries[0].Location.Pointer, entries[0].Location.Record!.Value));
    }

    private static List<string> Check(
        string json, ObservedPropertyDescriptor? property = null, double? previousIndex = null, bool area = false,
        ObservationRules? rules = null)
    {
        using var document = JsonDocument.Parse(json);
        var context = new ObservationRuleContext(Schema(property), document.RootElement.Clone())
        {
            PreviousIndexes = previousIndex is { } index ? new Dictionary<string, double> { ["index"] = index } : new Dictionary<string, double>(),
            TenantArea = area ? GeometryFactory4326.Square(4.7, 45.6, 0.3) : null,
        };
        return (rules ?? new ObservationRules(new FakeTimeProvider(Now)))
            .Check(context, IssueLocation.AtPointer(string.Empty))
            .Select(entry => $"{entry.Code} {entry.Location.Pointer}")
            .ToList();
    }

    private static SchemaEntry Schema(ObservedPropertyDescriptor? property = null) =>
        new("test-observation", "1.0.0", "observations", SchemaKind.JsonSchema, new LocalizedText("Test", "Test"), null, null,
            property is null ? [] : [property]);
}
