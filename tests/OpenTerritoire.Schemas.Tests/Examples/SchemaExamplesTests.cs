using System.Text.Json;
using OpenTerritoire.Core;
using OpenTerritoire.Schemas.Inputs;
using OpenTerritoire.Schemas.Registry;

namespace OpenTerritoire.Schemas.Tests.Examples;

public sealed class SchemaExamplesTests
{
    public static TheoryData<SchemaExample> ValidExamples() => new(SchemaExample.All().Where(example => example.Valid));

    public static TheoryData<SchemaExample> InvalidExamples() => new(SchemaExample.All().Where(example => !example.Valid));

    [Fact]
    public void All_EverySchemaFolder_HasValidAndInvalidExamples()
    {
        var examples = SchemaExample.All().ToList();

        Assert.Equal(17, examples.Select(example => example.SchemaId).Distinct().Count());
        Assert.All(examples.GroupBy(example => example.SchemaId), group =>
        {
            Assert.Contains(group, example => example.Valid);
            Assert.Contains(group, example => !example.Valid);
        });
    }

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public async Task ValidateAsync_ValidExample_ReportsNothing(SchemaExample example)
    {
        var report = await ValidateAsync(example);

        Assert.True(report.Valid, string.Join("; ", report.Entries.Select(entry => $"{entry.Code} {entry.Location.Pointer}")));
        Assert.Empty(report.Entries);
        Assert.True(report.Stats.Records > 0);
    }

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public async Task ValidateAsync_InvalidExample_ReportsExactlyTheExpectedIssues(SchemaExample example)
    {
        using var expectedDocument = JsonDocument.Parse(await File.ReadAllTextAsync(example.ExpectedPath));
        var expected = expectedDocument.RootElement.EnumerateArray()
            .Select(item => example.IsCsv
                ? $"{item.GetProperty("code").GetString()} row {item.GetProperty("row").GetInt64()} field {FieldText(item.GetProperty("field"))}"
                : $"{item.GetProperty("code").GetString()} {item.GetProperty("pointer").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        var report = await ValidateAsync(example);

        var actual = report.Entries
            .Select(entry => example.IsCsv
                ? $"{entry.Code} row {entry.Location.Row} field {entry.Location.Field ?? "null"}"
                : $"{entry.Code} {entry.Location.Pointer}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, actual);
        // table.extra-column is a warning (the file's data is complete); every other expected issue fails the file.
        Assert.Equal(report.Entries.Any(entry => entry.Severity == IssueSeverity.Error), !report.Valid);
        Assert.Equal(report.Entries.Any(entry => entry.Code != "table.extra-column"), !report.Valid);
    }

    private static async Task<OpenTerritoire.Schemas.Reporting.ValidationReport> ValidateAsync(SchemaExample example)
    {
        await using var stream = File.OpenRead(example.Path);
        return await SchemasFixture.Validator().ValidateAsync(
            new SchemaRef(example.SchemaId, example.Version), stream,
            example.IsCsv ? MediaType.Csv : MediaType.Json, CancellationToken.None);
    }

    private static string FieldText(JsonElement field) =>
        field.ValueKind == JsonValueKind.Null ? "null" : field.GetString()!;
}
