namespace OpenTerritoire.Schemas.Reporting;

/// <summary>Where an issue is: a JSON Pointer into a record, or a row, column and field of a table.</summary>
/// <remarks>
/// <see cref="Pointer"/> is always set so every consumer can show one string: an RFC 6901 pointer for a single JSON
/// document or an array of records (<c>/3/observedAt</c>), <c>line:12/observedAt</c> for JSON Lines (1-based line,
/// then the pointer inside that line's record), <c>row:3/capacite</c> for CSV (1-based data row, header is row 0).
/// </remarks>
public sealed record IssueLocation(string Pointer)
{
    /// <summary>The record index (0-based in arrays, the 1-based line in JSON Lines), or null for a single document.</summary>
    public long? Record { get; init; }

    /// <summary>The 1-based data row of a table (0 for the header).</summary>
    public long? Row { get; init; }

    /// <summary>The 1-based column in the file's header, when the field is in it.</summary>
    public int? Column { get; init; }

    /// <summary>The table field name, or null for a row-level issue.</summary>
    public string? Field { get; init; }

    /// <summary>A pointer into a single JSON document.</summary>
    public static IssueLocation AtPointer(string pointer) => new(pointer);

    /// <summary>A cell, a header (row 0) or a whole row (field null).</summary>
    public static IssueLocation AtCell(long row, int? column, string? field) =>
        new(field is null ? $"row:{row}" : $"row:{row}/{JsonPointer.Escape(field)}")
        {
            Row = row,
            Column = column,
            Field = field,
        };

    /// <summary>A position in text (malformed input), as <c>line:12:col:4</c>.</summary>
    public static IssueLocation AtText(long line, long column) => new($"line:{line}:col:{column}");
}
