using System.Globalization;
using System.Text;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>Renders a report as plain text, grouped by code, for terminals and logs of the CLI.</summary>
public static class TextReportRenderer
{
    public static string Render(ValidationReport report, string language = "fr")
    {
        ArgumentNullException.ThrowIfNull(report);
        var french = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        var text = new StringBuilder();
        var verdict = report.Valid ? (french ? "VALIDE" : "VALID") : (french ? "INVALIDE" : "INVALID");
        text.Append(CultureInfo.InvariantCulture, $"{report.SchemaId}@{report.SchemaVersion} : {verdict}")
            .Append(french
                ? string.Create(CultureInfo.InvariantCulture, $" ({report.Stats.Errors} erreur(s), {report.Stats.Warnings} avertissement(s), {report.Stats.Records} enregistrement(s), {report.Stats.DurationMs} ms)")
                : string.Create(CultureInfo.InvariantCulture, $" ({report.Stats.Errors} error(s), {report.Stats.Warnings} warning(s), {report.Stats.Records} record(s), {report.Stats.DurationMs} ms)"))
            .AppendLine();
        foreach (var group in report.Entries.GroupBy(entry => entry.Code, StringComparer.Ordinal))
        {
            var first = group.First();
            var total = report.Codes.FirstOrDefault(code => code.Code == group.Key)?.Total ?? group.LongCount();
            text.AppendLine()
                .Append(CultureInfo.InvariantCulture, $"{group.Key} [{Severity(first, french)}] × {total} — ")
                .AppendLine(french ? first.MessageFr : first.MessageEn);
            foreach (var entry in group)
            {
                text.Append("  ").Append(entry.Location.Pointer.Length == 0 ? "/" : entry.Location.Pointer);
                if (entry.Value is not null)
                {
                    text.Append(french ? "  valeur : " : "  value: ").Append(entry.Value);
                }

                if (entry.Expected is not null)
                {
                    text.Append(french ? "  attendu : " : "  expected: ").Append(entry.Expected);
                }

                text.AppendLine();
            }

            if (group.LongCount() < total)
            {
                var more = (total - group.LongCount()).ToString(CultureInfo.InvariantCulture);
                text.Append(french ? $"  … et {more} autre(s)" : $"  … and {more} more").AppendLine();
            }

            text.Append(french ? "  Conseil : " : "  Hint: ").AppendLine(french ? first.HintFr : first.HintEn);
        }

        return text.ToString();
    }

    internal static string Severity(ValidationEntry entry, bool french) => entry.Severity switch
    {
        Core.IssueSeverity.Error => french ? "erreur" : "error",
        Core.IssueSeverity.Warning => french ? "avertissement" : "warning",
        _ => "information",
    };
}
