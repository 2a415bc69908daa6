using System.IO.Hashing;
using System.Runtime.InteropServices;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Tabular;

/// <summary>The state of validating one file: the row count and the keys seen for <c>unique</c> and the primary key.</summary>
/// <remarks>
/// Keys are held as 128-bit XxHash128 digests, 16 bytes per row whatever the key's length, so a file of millions of
/// rows keeps a small, allocation-free set (an accidental collision needs about 2^64 rows).
/// </remarks>
internal sealed class TableRun
{
    private readonly TableSchema schema;
    private readonly FieldRule[] rules;
    private readonly TableHeader header;
    private readonly bool decimalComma;
    private readonly ValidationReportBuilder sink;
    private readonly HashSet<UInt128>?[] uniqueSeen;
    private readonly int[] keyColumns;
    private readonly HashSet<UInt128> keys = [];
    private char[] key = new char[256];
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
        uniqueSeen = rules.Select(rule => rule.Field.Constraints.Unique ? new HashSet<UInt128>() : null).ToArray();
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

        var length = 0;
        foreach (var column in keyColumns)
        {
            var cell = record[column];
            if (cell.IsEmpty)
            {
                // A row with an empty key cell is only reported as table.required (schemas/README.md).
                return;
            }

            if (length + cell.Length + 1 > key.Length)
            {
                Array.Resize(ref key, Math.Max(key.Length * 2, length + cell.Length + 1));
            }

            cell.CopyTo(key.AsSpan(length));
            length += cell.Length;
            key[length++] = '\u001F';
        }

        if (!keys.Add(Digest(key.AsSpan(0, length))))
        {
            sink.Add(ValidationIssues.TablePrimaryKey.At(
                IssueLocation.AtCell(row, null, null), key.AsSpan(0, length - 1).ToString().Replace('\u001F', ','),
                "a key not in an earlier row: " + string.Join(", ", schema.PrimaryKey)));
        }
    }

    /// <summary>The 128-bit digest a key or unique value is remembered by.</summary>
    internal static UInt128 Digest(ReadOnlySpan<char> text)
    {
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text));
    }

    private int IndexOf(string? name) =>
        name is null ? -1 : Array.FindIndex(rules, rule => string.Equals(rule.Field.Name, name, StringComparison.Ordinal));
}
