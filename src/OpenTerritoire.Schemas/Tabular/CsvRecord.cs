namespace OpenTerritoire.Schemas.Tabular;

/// <summary>One record read by <see cref="CsvReader"/>; its cells are views into the reader's buffer, valid until the next read.</summary>
internal sealed class CsvRecord
{
    private char[] text = new char[4096];
    private (int Start, int Length)[] cells = new (int, int)[64];

    public int Count { get; private set; }

    /// <summary>The 1-based physical line the record starts on.</summary>
    public long Line { get; set; }

    /// <summary>The record was longer than the limit; its cells were dropped.</summary>
    public bool TooLong { get; set; }

    /// <summary>The file ended inside a quoted cell.</summary>
    public bool UnclosedQuote { get; set; }

    /// <summary>A line with nothing on it (not a row).</summary>
    public bool IsBlank => Count == 1 && cells[0].Length == 0 && !QuotedFirst;

    public bool QuotedFirst { get; set; }

    public int Length { get; private set; }

    public ReadOnlySpan<char> this[int index] => text.AsSpan(cells[index].Start, cells[index].Length);

    public void Clear()
    {
        Count = 0;
        Length = 0;
        TooLong = false;
        UnclosedQuote = false;
        QuotedFirst = false;
    }

    public void Append(char c)
    {
        if (Length == text.Length)
        {
            Array.Resize(ref text, text.Length * 2);
        }

        text[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> chunk)
    {
        if (Length + chunk.Length > text.Length)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, Length + chunk.Length));
        }

        chunk.CopyTo(text.AsSpan(Length));
        Length += chunk.Length;
    }

    public void EndCell(int start)
    {
        if (Count == cells.Length)
        {
            Array.Resize(ref cells, cells.Length * 2);
        }

        // After DropText the start may lie past the (emptied) text; such a record's cells are never read.
        var from = Math.Min(start, Length);
        cells[Count++] = (from, Length - from);
    }

    /// <summary>Drops the text held so far, keeping the cell count, once the record is known to be too long.</summary>
    public void DropText()
    {
        Length = 0;
        for (var i = 0; i < Count; i++)
        {
            cells[i] = (0, 0);
        }
    }
}
