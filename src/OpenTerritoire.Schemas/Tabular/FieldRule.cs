using System.Globalization;
using System.Text.RegularExpressions;
using OpenTerritoire.Schemas.Compilation;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Tabular;

/// <summary>One Table Schema field compiled once: its type reader (for both decimal separators) and its constraints.</summary>
/// <remarks>
/// Order (schemas/README.md): a missing value gives <c>table.required</c> or nothing; a value that does not read as
/// the type gives <c>table.type</c> only; then each constraint is reported separately, and <c>x-check</c> runs only
/// when the value passed its pattern.
/// </remarks>
internal sealed class FieldRule
{
    private readonly CellParser dotParser;
    private readonly CellParser commaParser;
    private readonly Regex? pattern;
    private readonly HashSet<string>? allowed;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> allowedLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> missingValues;
    private readonly bool hasTextMissingValues;
    private readonly double? minimum;
    private readonly double? maximum;
    private readonly string expectedEnum;

    public FieldRule(TableField field, IReadOnlyList<string> missingValues)
    {
        Field = field;
        dotParser = new CellParser(field, '.');
        commaParser = new CellParser(field, ',');
        var constraints = field.Constraints;
        if (constraints.Pattern is { } text)
        {
            // Table Schema patterns match the whole value (XML Schema regular expressions are implicitly anchored).
            pattern = new Regex($"^(?:{text})$", RegexOptions.CultureInvariant | RegexOptions.Compiled, PatternKeyword.MatchTimeout);
        }

        if (constraints.Enum is { } values)
        {
            allowed = values.ToHashSet(StringComparer.Ordinal);
            allowedLookup = allowed.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        this.missingValues = missingValues.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        hasTextMissingValues = missingValues.Any(text => text.Length > 0);
        minimum = Bound(constraints.Minimum);
        maximum = Bound(constraints.Maximum);
        expectedEnum = string.Join(" | ", constraints.Enum ?? []);
    }

    public TableField Field { get; }

    public CellStatus Check(
        ReadOnlySpan<char> cell, bool decimalComma, long row, int column, HashSet<UInt128>? seen,
        ValidationReportBuilder sink, out double value)
    {
        value = double.NaN;
        var constraints = Field.Constraints;
        if (cell.IsEmpty || (hasTextMissingValues && missingValues.Contains(cell)))
        {
            if (constraints.Required)
            {
                sink.Add(ValidationIssues.TableRequired.At(Location(row, column), null, "a value"));
                return CellStatus.Invalid;
            }

            return CellStatus.Missing;
        }

        if (!(decimalComma ? commaParser : dotParser).TryRead(cell, out value))
        {
            sink.Add(ValidationIssues.TableType.At(Location(row, column), cell.ToString(), TypeText(decimalComma)));
            value = double.NaN;
            return CellStatus.Invalid;
        }

        var status = CellStatus.Valid;
        if (!dotParser.MatchesFormat(cell))
        {
            sink.Add(ValidationIssues.TableFormat.At(Location(row, column), cell.ToString(), Field.Format));
            status = CellStatus.Invalid;
        }

        if (allowed is not null && !allowedLookup.Contains(cell))
        {
            sink.Add(ValidationIssues.TableEnum.At(Location(row, column), cell.ToString(), expectedEnum));
            status = CellStatus.Invalid;
        }

        var patternOk = true;
        if (pattern is not null)
        {
            try
            {
                patternOk = pattern.IsMatch(cell);
            }
            catch (RegexMatchTimeoutException)
            {
                patternOk = false;
            }

            if (!patternOk)
            {
                sink.Add(ValidationIssues.TablePattern.At(Location(row, column), cell.ToString(), constraints.Pattern));
                status = CellStatus.Invalid;
            }
        }

        if (value < minimum)
        {
            sink.Add(ValidationIssues.TableMinimum.At(Location(row, column), cell.ToString(), "≥ " + constraints.Minimum));
            status = CellStatus.Invalid;
        }

        if (value > maximum)
        {
            sink.Add(ValidationIssues.TableMaximum.At(Location(row, column), cell.ToString(), "≤ " + constraints.Maximum));
            status = CellStatus.Invalid;
        }

        status = CheckLength(cell, row, column, sink, status);
        if (seen is not null && !seen.Add(TableRun.Digest(cell)))
        {
            sink.Add(ValidationIssues.TableUnique.At(Location(row, column), cell.ToString(), "a value not in an earlier row"));
            status = CellStatus.Invalid;
        }

        if (patternOk && Field.Check is { } check && !PassesCheck(check, cell, out var descriptor))
        {
            sink.Add(descriptor!.At(Location(row, column), cell.ToString(), check));
            status = CellStatus.Invalid;
        }

        return status;
    }

    private CellStatus CheckLength(
        ReadOnlySpan<char> cell, long row, int column, ValidationReportBuilder sink, CellStatus status)
    {
        var constraints = Field.Constraints;
        if (constraints.MinLength is null && constraints.MaxLength is null)
        {
            return status;
        }

        var length = 0;
        foreach (var _ in cell.EnumerateRunes())
        {
            length++;
        }

        if (length < constraints.MinLength)
        {
            sink.Add(ValidationIssues.TableMinLength.At(Location(row, column), cell.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"at least {constraints.MinLength} characters")));
            status = CellStatus.Invalid;
        }

        if (length > constraints.MaxLength)
        {
            sink.Add(ValidationIssues.TableMaxLength.At(Location(row, column), cell.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"at most {constraints.MaxLength} characters")));
            status = CellStatus.Invalid;
        }

        return status;
    }

    // Built only when an issue is reported, so valid cells allocate nothing.
    private IssueLocation Location(long row, int column) => IssueLocation.AtCell(row, column, Field.Name);

    private static bool PassesCheck(string check, ReadOnlySpan<char> cell, out IssueDescriptor? descriptor)
    {
        (var passes, descriptor) = check switch
        {
            "siren" => (FrenchIdentifiers.IsValidSiren(cell), ValidationIssues.TableSirenChecksum),
            "siret" => (FrenchIdentifiers.IsValidSiret(cell), ValidationIssues.TableSiretChecksum),
            "insee-commune" => (FrenchIdentifiers.IsInseeCommuneFormat(cell), ValidationIssues.TableInseeCommune),
            _ => (true, null),
        };
        return passes;
    }

    private double? Bound(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return dotParser.TryRead(text, out var value) ? value : null;
    }

    private string TypeText(bool decimalComma) => Field.Type switch
    {
        TableFieldType.Number => decimalComma ? "number with a decimal comma" : "number with a decimal point",
        TableFieldType.Date when Field.Format == "default" => "date YYYY-MM-DD",
        TableFieldType.Datetime when Field.Format == "default" => "datetime YYYY-MM-DDThh:mm:ss with Z or ±hh:mm",
        _ => Field.Format == "default"
            ? Field.Type.ToString().ToLowerInvariant()
            : Field.Type.ToString().ToLowerInvariant() + " " + Field.Format,
    };
}
