using System.Text;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Tabular;

/// <summary>The state of validating one file: the row count and the keys seen for <c>unique</c> and the primary key.</summary>
internal sealed class TableRun
{
    private readonly TableSchema schema;
    private readonly FieldRule[] rules;
    private readonly TableHeader header;
    private readonly bool decimalComma;
    private readonly ValidationReportBuilder sink;
    private readonly HashSet<string>?[] uniqueSeen;
    private readonly int[] keyColumns;
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly StringBuilder key = new();
    private readonly int latitudeField;
    private readonly int longitudeField;
    private readonly double[] values;
    private readonly CellStatus[] statuses;

    public TableRun(TableSchema schema, FieldRule[] rules, TableHeader header, bool decimalComma, ValidationReportBuilder sink)
    {
        this.schema = schema;
        this.rules = rules;
        this.header = header;
        this.decimalComma = decimalComma;
        this.sink = sink;
        uniqueSeen = rules.Select(rule => rule.Field.Constraints.Unique ? new HashSet<string>(StringComparer.Ordinal) : null)
            .ToArray();
        var keyFields = schema.PrimaryKey.Select(name => schema.Fields.ToList().FindIndex(f => f.Name == name)).ToArray();
        keyColumns = keyFields.All(field => field >= 0 && header.ColumnOfField[field] >= 0)
            ? keyFields.Select(field => header.ColumnOfField[field]).ToArray()
            : [];
        latitudeField = IndexOf(schema.Coordinates?.Latitude);
        longitudeField = IndexOf(schema.Coordinates?.Longitude);
        values = new double[rules.Length];
        statuses = new CellStatus[rules.Length];
    }

    /// <summary>Data rows read (the header is row 0; blank lines are not rows).</summary>
    public long Rows { get; private set; }

    public void Check(CsvRecord record)
    {
        var row = ++Rows;
        if (record.TooLong)
        {
            sink.Add(ValidationIssues.TableLineTooLong.At(
                IssueLocation.AtCell(row, null, null), null, $"at most {TableValidator.MaxRecordChars} characters"));
            return;
        }

        if (record.UnclosedQuote)
        {
            sink.Add(ValidationIssues.TableUnclosedQuote.At(IssueLocation.AtCell(row, null, null)));
            return;
        }

        if (record.Count != header.Count)
        {
            sink.Add(ValidationIssues.TableRowShape.At(IssueLocation.AtCell(row, null, null),
                $"{record.Count} cells", $"{header.Count} cells"));
            return;
        }

        for (var column = 0; column < record.Count; column++)
        {
            var field = header.FieldOfColumn[column];
            if (field < 0)
            {
                continue;
            }

            statuses[field] = rules[field].Check(
                record[column], decimalComma, row, column + 1, uniqueSeen[field], sink, out values[field]);
        }

        CheckCoordinates(row);
        CheckPrimaryKey(record, row);
    }

    private void CheckCoordinates(long row)
    {
        if (latitudeField < 0 || longitudeField < 0
            || statuses[latitudeField] != CellStatus.Valid || statuses[longitudeField] != CellStatus.Valid)
        {
            return;
        }

        var latitude = values[latitudeField];
        var longitude = values[longitudeField];
        if (!FrenchTerritory.Contains(latitude, longitude) && FrenchTerritory.Contains(longitude, latitude))
        {
            var column = header.ColumnOfField[latitudeField] + 1;
            sink.Add(ValidationIssues.TableLatLonSwapped.At(
                IssueLocation.AtCell(row, column, rules[latitudeField].Field.Name),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{latitude}, {longitude}"),
                "latitude then longitude inside France"));
        }
    }

    private void CheckPrimaryKey(CsvRecord record, long row)
    {
        if (keyColumns.Length == 0)
        {
            return;
        }

        key.Clear();
        foreach (var column in keyColumns)
        {
            var cell = record[column];
            if (cell.IsEmpty)
            {
                // A row with an empty key cell is only reported as table.required (schemas/README.md).
                return;
            }

            key.Append(cell).Append('\u001F');
        }

        if (!keys.Add(key.ToString()))
        {
            sink.Add(ValidationIssues.TablePrimaryKey.At(
                IssueLocation.AtCell(row, null, null), key.ToString().TrimEnd('\u001F').Replace('\u001F', ','),
                "a key not in an earlier row: " + string.Join(", ", schema.PrimaryKey)));
        }
    }

    private int IndexOf(string? name) =>
        name is null ? -1 : Array.FindIndex(rules, rule => string.Equals(rule.Field.Name, name, StringComparison.Ordinal));
}
