using System.Text.Json;
using System.Xml.Linq;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Tests.Reporting;

public sealed class ValidationReportTests
{
    private static Task<ValidationReport> InvalidReportAsync() => TestInputs.JsonAsync(
        "parking-space-occupancy", """{"observedAt": "2026-03-02T08:15:04Z", "occupied": "<script>alert(1)</script>", "batteryLevel": 120}""");

    [Fact]
    public async Task Serialize_Report_UsesStableCamelCaseNames()
    {
        var report = await InvalidReportAsync();

        using var json = JsonDocument.Parse(ValidationReportJson.Serialize(report));

        var root = json.RootElement;
        Assert.Equal(
            ["valid", "schemaId", "schemaVersion", "engine", "stats", "entries", "codes", "truncated"],
            root.EnumerateObject().Select(property => property.Name));
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal("compiled", root.GetProperty("engine").GetString());
        Assert.Equal(["records", "errors", "warnings", "durationMs"], root.GetProperty("stats").EnumerateObject().Select(p => p.Name));
        var entry = root.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "schema.maximum");
        Assert.Equal(
            ["code", "severity", "category", "location", "value", "expected", "messageEn", "messageFr", "hintEn", "hintFr"],
            entry.EnumerateObject().Select(property => property.Name));
        Assert.Equal("error", entry.GetProperty("severity").GetString());
        Assert.Equal("content", entry.GetProperty("category").GetString());
        Assert.Equal("/batteryLevel", entry.GetProperty("location").GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task Deserialize_SerializedReport_GivesTheSameReport()
    {
        var report = await InvalidReportAsync();

        var read = ValidationReportJson.Deserialize(ValidationReportJson.Serialize(report));

        Assert.NotNull(read);
        Assert.Equal(report.Entries, read.Entries);
        Assert.Equal(report.Codes, read.Codes);
        Assert.Equal(report.Stats, read.Stats);
        Assert.Null(ValidationReportJson.Deserialize("not json"));
    }

    [Fact]
    public async Task RenderText_Report_GroupsByCodeInFrenchByDefault()
    {
        var report = await InvalidReportAsync();

        var text = TextReportRenderer.Render(report);

        Assert.StartsWith("parking-space-occupancy@1.0.0 : INVALIDE", text, StringComparison.Ordinal);
        Assert.Contains("schema.maximum [erreur] × 1", text, StringComparison.Ordinal);
        Assert.Contains("/batteryLevel  valeur : 120  attendu : ≤ 100", text, StringComparison.Ordinal);
        Assert.Contains("Conseil :", text, StringComparison.Ordinal);
        Assert.Contains("schema.type [error]", TextReportRenderer.Render(report, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderJUnit_Report_GivesOneFailedCasePerError()
    {
        var report = await InvalidReportAsync();

        var xml = XDocument.Parse(JUnitReportRenderer.Render(report));

        var suite = xml.Root!.Element("testsuite")!;
        Assert.Equal("parking-space-occupancy@1.0.0", suite.Attribute("name")!.Value);
        Assert.Equal("2", suite.Attribute("failures")!.Value);
        Assert.Equal(["schema.maximum", "schema.type"], suite.Elements("testcase").Select(c => c.Element("failure")!.Attribute("type")!.Value).Order());
    }

    [Fact]
    public async Task RenderHtml_Report_IsSelfContainedAccessibleAndEscaped()
    {
        var report = await InvalidReportAsync();

        var html = HtmlReportRenderer.Render(report);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Détail des problèmes</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Comment corriger</th>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("https://schemas.openterritoire.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", HtmlReportRenderer.Render(report, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LongValue_IsTruncated()
    {
        var sink = new ValidationReportBuilder();

        sink.Add(ValidationIssues.TableType.At(IssueLocation.AtCell(1, 1, "a"), new string('x', 5000)));

        Assert.Equal(ValidationEntry.MaxValueLength + 1, sink.Build("s", "1.0.0").Entries[0].Value!.Length);
    }

    [Fact]
    public void ToIssue_Entry_KeepsCodePointerAndTexts()
    {
        var entry = ValidationIssues.SchemaRequired.At(IssueLocation.AtPointer("/observedAt"), null, "observedAt");

        var issue = entry.ToIssue();

        Assert.Equal(("schema.required", "/observedAt", "observedAt"), (issue.Code, issue.Pointer, issue.Expected));
        Assert.Equal(entry.MessageFr, issue.Message("fr-FR"));
    }
}
