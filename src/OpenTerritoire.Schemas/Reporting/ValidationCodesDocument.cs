using System.Text;

namespace OpenTerritoire.Schemas.Reporting;

/// <summary>Writes <c>docs/validation-codes.md</c> from <see cref="ValidationIssues"/>, so the document cannot drift.</summary>
public static class ValidationCodesDocument
{
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("""
            # Validation codes

            Every code a validation report, the schema registry or the business rules can give, generated from
            `ValidationIssues` (`src/OpenTerritoire.Schemas/Reporting/`). A test fails when this file and the catalogue
            differ; regenerate it with `OPENTERRITOIRE_WRITE_DOCS=1 dotnet test tests/OpenTerritoire.Schemas.Tests`.

            - **Severity**: an `error` makes the input invalid; a `warning` does not.
            - **Category**: `structure` (parsing, encoding, headers, set of properties) or `content` (a value).
            - **Locations**: an RFC 6901 JSON Pointer inside a single document (`/batteryLevel`) or an array of records
              (`/3/batteryLevel`); `line:12/observedAt` for JSON Lines (1-based line, then the pointer inside that
              record); `row:3/capacite` for CSV (1-based data row, the header is row 0, with `row`, `column` and `field`
              also given separately); `line:12:col:4` for text that could not be parsed.
            - `schema.additional-property` is an **error**: our JSON Schemas are strict (`additionalProperties: false`)
              and the examples whose only fault is an unknown property must be rejected; the report still suggests the
              closest allowed name. `table.extra-column` is a **warning**: the file's schema columns are complete and
              the extra column is ignored, with a suggestion when it looks like a misspelt field.
            - `table.insee-commune` checks the form of the code (`^(\d{5}|2[AB]\d{3})$`, commune number not `000`); the
              full list of the Code officiel géographique is not shipped, so a well-formed code of a commune that does
              not exist passes.


            """);
        foreach (var group in ValidationIssues.All.GroupBy(descriptor => descriptor.Code.Split('.')[0], StringComparer.Ordinal))
        {
            text.Append("## `").Append(group.Key).AppendLine(".*`").AppendLine();
            text.AppendLine("| Code | Severity | Category | Meaning | Signification | Hint | Conseil |");
            text.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var descriptor in group)
            {
                text.Append("| `").Append(descriptor.Code).Append("` | ")
                    .Append(descriptor.Severity.ToString().ToLowerInvariant()).Append(" | ")
                    .Append(descriptor.Category.ToString().ToLowerInvariant()).Append(" | ")
                    .Append(Cell(descriptor.MessageEn)).Append(" | ").Append(Cell(descriptor.MessageFr)).Append(" | ")
                    .Append(Cell(descriptor.HintEn)).Append(" | ").Append(Cell(descriptor.HintFr)).AppendLine(" |");
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
