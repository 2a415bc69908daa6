using System.Globalization;
using System.Text;
using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>The audit log as CSV (RFC 4180, comma, CRLF, UTF-8), for export to a spreadsheet or an archive.</summary>
public static class AuditCsv
{
    public const string MediaType = "text/csv";

    private static readonly string[] Header =
        ["id", "at", "tenant_id", "actor", "action", "target_type", "target_id", "remote_address", "details"];

    public static string Write(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder();
        AppendLine(csv, Header);
        foreach (var entry in entries)
        {
            AppendLine(csv,
            [
                entry.Id.ToString(CultureInfo.InvariantCulture),
                entry.At.ToString("O", CultureInfo.InvariantCulture),
                entry.TenantId.ToString(),
                entry.Actor,
                entry.Action,
                entry.TargetType,
                entry.TargetId,
                entry.RemoteAddress ?? string.Empty,
                entry.Details?.GetRawText() ?? string.Empty,
            ]);
        }

        return csv.ToString();
    }

    private static void AppendLine(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var index = 0; index < cells.Count; index++)
        {
            if (index > 0)
            {
                csv.Append(',');
            }

            csv.Append(Quote(Neutralise(cells[index])));
        }

        csv.Append("\r\n");
    }

    // A cell a spreadsheet would run as a formula is prefixed with an apostrophe (OWASP "CSV injection").
    private static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
