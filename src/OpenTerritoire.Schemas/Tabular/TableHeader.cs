using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Tabular;

/// <summary>The header line bound to the schema: which field each column holds (by name, in any order).</summary>
internal sealed class TableHeader
{
    private TableHeader(int[] fieldOfColumn, int[] columnOfField)
    {
        FieldOfColumn = fieldOfColumn;
        ColumnOfField = columnOfField;
    }

    /// <summary>For each column (0-based), the schema field index, or -1 for an extra or duplicate column.</summary>
    public int[] FieldOfColumn { get; }

    /// <summary>For each schema field, its 0-based column, or -1 when missing.</summary>
    public int[] ColumnOfField { get; }

    public int Count => FieldOfColumn.Length;

    /// <summary>Binds the header record, reporting missing, extra and duplicate columns (row 0).</summary>
    public static TableHeader Bind(TableSchema schema, CsvRecord header, ValidationReportBuilder sink)
    {
        var fieldOfColumn = new int[header.Count];
        var columnOfField = Enumerable.Repeat(-1, schema.Fields.Count).ToArray();
        var names = schema.Fields.Select(field => field.Name).ToArray();
        for (var column = 0; column < header.Count; column++)
        {
            var name = header[column].Trim().ToString();
            var field = Array.IndexOf(names, name);
            fieldOfColumn[column] = -1;
            if (field < 0)
            {
                var suggestion = SpellingSuggestion.Closest(name, names);
                sink.Add(ValidationIssues.TableExtraColumn.WithSuggestion(
                    IssueLocation.AtCell(0, column + 1, name), name, suggestion));
            }
            else if (columnOfField[field] >= 0)
            {
                sink.Add(ValidationIssues.TableDuplicateHeader.At(IssueLocation.AtCell(0, column + 1, name), name));
            }
            else
            {
                fieldOfColumn[column] = field;
                columnOfField[field] = column;
            }
        }

        for (var field = 0; field < names.Length; field++)
        {
            if (columnOfField[field] < 0)
            {
                sink.Add(ValidationIssues.TableMissingColumn.At(IssueLocation.AtCell(0, null, names[field]), null, names[field]));
            }
        }

        return new TableHeader(fieldOfColumn, columnOfField);
    }
}
