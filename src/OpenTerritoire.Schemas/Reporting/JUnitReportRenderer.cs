using System.Globalization;
using System.Xml.Linq;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>Renders a report as JUnit XML, so a CI job that validates a feed shows each issue as a failed test.</summary>
/// <remarks>One test suite per report; one test case per listed error (warnings pass, with their text as output).</remarks>
public static class JUnitReportRenderer
{
    public static string Render(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var name = $"{report.SchemaId}@{report.SchemaVersion}";
        var cases = report.Entries.Select(entry =>
        {
            var element = new XElement("testcase",
                new XAttribute("classname", entry.Code),
                new XAttribute("name", entry.Location.Pointer.Length == 0 ? "/" : entry.Location.Pointer));
            var detail = $"{entry.MessageEn} Value: {entry.Value ?? "-"}. Expected: {entry.Expected ?? "-"}. {entry.HintEn}";
            element.Add(entry.Severity == Core.IssueSeverity.Error
                ? new XElement("failure", new XAttribute("message", entry.MessageEn), new XAttribute("type", entry.Code), detail)
                : new XElement("system-out", detail));
            return element;
        }).ToList();
        if (cases.Count == 0)
        {
            cases.Add(new XElement("testcase", new XAttribute("classname", name), new XAttribute("name", "valid")));
        }

        var suite = new XElement("testsuite",
            new XAttribute("name", name),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", report.Errors.Count()),
            new XAttribute("errors", 0),
            new XAttribute("time", (report.Stats.DurationMs / 1000).ToString("0.###", CultureInfo.InvariantCulture)),
            cases);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite))
            .Declaration + Environment.NewLine + new XElement("testsuites", suite);
    }
}
