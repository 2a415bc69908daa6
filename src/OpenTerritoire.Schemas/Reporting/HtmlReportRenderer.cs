using System.Globalization;
using System.Xml.Linq;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>Renders a report as one self-contained, accessible HTML page (French by default) for the DSI workbench.</summary>
/// <remarks>
/// No script, no external style sheet or font. Built as an XML tree so every value is escaped. Tables have a caption
/// and header cells with scope; the verdict is text, not only colour.
/// </remarks>
public static class HtmlReportRenderer
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2rem;color:#1e1e1e;line-height:1.5}" +
        "table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:bold}" +
        "th,td{border:1px solid #929292;padding:.4rem;text-align:left;vertical-align:top}th{background:#eee}" +
        ".valid{color:#18753c}.invalid{color:#ce0500}code{font-family:ui-monospace,monospace}";

    public static string Render(ValidationReport report, string language = "fr")
    {
        ArgumentNullException.ThrowIfNull(report);
        var fr = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        var schema = $"{report.SchemaId}@{report.SchemaVersion}";
        var title = (fr ? "Rapport de validation — " : "Validation report — ") + schema;
        var verdict = report.Valid ? (fr ? "Valide" : "Valid") : (fr ? "Invalide" : "Invalid");
        var main = new XElement("main",
            new XElement("h1", title),
            new XElement("p", new XAttribute("class", report.Valid ? "valid" : "invalid"),
                new XElement("strong", verdict), " — ",
                Count(report.Stats.Errors, fr ? "erreur(s)" : "error(s)"), ", ",
                Count(report.Stats.Warnings, fr ? "avertissement(s)" : "warning(s)"), ", ",
                Count(report.Stats.Records, fr ? "enregistrement(s) ou ligne(s)" : "record(s) or row(s)"), "."),
            SummaryTable(report, fr),
            EntriesTable(report, fr));
        var html = new XElement("html", new XAttribute("lang", fr ? "fr" : "en"),
            new XElement("head",
                new XElement("meta", new XAttribute("charset", "utf-8")),
                new XElement("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                new XElement("title", title),
                new XElement("style", Style)),
            new XElement("body", main));
        return "<!DOCTYPE html>" + Environment.NewLine + html.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement SummaryTable(ValidationReport report, bool fr) => new("table",
        new XElement("caption", fr ? "Problèmes par code" : "Issues by code"),
        new XElement("thead", Row("th", fr ? "Code" : "Code", fr ? "Nombre" : "Count", fr ? "Affichés" : "Listed")),
        new XElement("tbody", report.Codes.Select(code => new XElement("tr",
            new XElement("td", new XElement("code", code.Code)),
            new XElement("td", code.Total.ToString(CultureInfo.InvariantCulture)),
            new XElement("td", code.Listed.ToString(CultureInfo.InvariantCulture))))));

    private static XElement EntriesTable(ValidationReport report, bool fr) => new("table",
        new XElement("caption", fr ? "Détail des problèmes" : "Issue details"),
        new XElement("thead", Row("th",
            fr ? "Gravité" : "Severity", "Code", fr ? "Emplacement" : "Location", fr ? "Valeur" : "Value",
            fr ? "Attendu" : "Expected", fr ? "Problème" : "Problem", fr ? "Comment corriger" : "How to fix")),
        new XElement("tbody", report.Entries.Select(entry => new XElement("tr",
            new XElement("td", TextReportRenderer.Severity(entry, fr)),
            new XElement("td", new XElement("code", entry.Code)),
            new XElement("td", new XElement("code", entry.Location.Pointer.Length == 0 ? "/" : entry.Location.Pointer)),
            new XElement("td", entry.Value ?? string.Empty),
            new XElement("td", entry.Expected ?? string.Empty),
            new XElement("td", fr ? entry.MessageFr : entry.MessageEn),
            new XElement("td", fr ? entry.HintFr : entry.HintEn)))));

    private static XElement Row(string cell, params string[] texts) =>
        new("tr", texts.Select(text => new XElement(cell, new XAttribute("scope", "col"), text)));

    private static string Count(long count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun;
}
