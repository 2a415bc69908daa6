namespace OpenTerritoire.Schemas.Tabular;

/// <summary>A streaming RFC 4180 reader: quoted cells with doubled quotes and embedded newlines, LF or CRLF.</summary>
/// <remarks>
/// Holds one buffer of text and one record at a time, so memory stays bounded whatever the file size; a record
/// longer than the limit is consumed to its end and returned flagged <see cref="CsvRecord.TooLong"/>.
/// A quote inside an unquoted cell is kept as text (lenient, as spreadsheet exports produce it).
/// </remarks>
internal sealed class CsvReader(TextReader reader, int maxRecordChars)
{
    private readonly char[] buffer = new char[64 * 1024];
    private int position;
    private int length;
    private bool completed;
    private long line = 1;
    private char delimiter = ',';
    private SearchValues? specials;

    public char Delimiter => delimiter;

    /// <summary>Reads the start of the file and picks the separator of the header line: the most frequent of , ; tab.</summary>
    public async ValueTask DetectDelimiterAsync(CancellationToken cancellationToken)
    {
        await FillAsync(cancellationToken);
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        for (var i = position; i < length; i++)
        {
            var c = buffer[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c is '\n' or '\r')
                {
                    break;
                }

                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        delimiter = semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
        specials = new SearchValues(delimiter);
    }

    public async ValueTask<bool> ReadAsync(CsvRecord record, CancellationToken cancellationToken)
    {
        specials ??= new SearchValues(delimiter);
        record.Clear();
        record.Line = line;
        if (position == length && !await FillAsync(cancellationToken))
        {
            return false;
        }

        var cellStart = 0;
        var inQuotes = false;
        var firstCell = true;
        while (true)
        {
            if (position == length && !await FillAsync(cancellationToken))
            {
                record.UnclosedQuote = inQuotes;
                record.EndCell(cellStart);
                return true;
            }

            if (inQuotes)
            {
                var span = buffer.AsSpan(position, length - position);
                var quote = span.IndexOf('"');
                var chunk = quote < 0 ? span : span[..quote];
                line += chunk.Count('\n');
                Append(record, chunk);
                position += chunk.Length;
                if (quote < 0)
                {
                    continue;
                }

                position++;
                if (position == length)
                {
                    await FillAsync(cancellationToken);
                }

                if (position < length && buffer[position] == '"')
                {
                    Append(record, "\"");
                    position++;
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            var rest = buffer.AsSpan(position, length - position);
            var next = specials.IndexOfAny(rest);
            if (next < 0)
            {
                Append(record, rest);
                position = length;
                continue;
            }

            Append(record, rest[..next]);
            position += next;
            var c = buffer[position++];
            if (c == delimiter)
            {
                record.EndCell(cellStart);
                cellStart = record.Length;
                firstCell = false;
            }
            else if (c == '"')
            {
                if (record.Length == cellStart)
                {
                    inQuotes = true;
                    record.QuotedFirst |= firstCell;
                }
                else
                {
                    Append(record, "\"");
                }
            }
            else
            {
                if (c == '\r')
                {
                    if (position == length)
                    {
                        await FillAsync(cancellationToken);
                    }

                    if (position < length && buffer[position] == '\n')
                    {
                        position++;
                    }
                }

                line++;
                record.EndCell(cellStart);
                return true;
            }
        }
    }

    private void Append(CsvRecord record, ReadOnlySpan<char> chunk)
    {
        if (record.TooLong || chunk.IsEmpty)
        {
            return;
        }

        if (record.Length + chunk.Length > maxRecordChars)
        {
            record.TooLong = true;
            record.DropText();
            return;
        }

        record.Append(chunk);
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (completed)
        {
            return false;
        }

        length = await reader.ReadAsync(buffer.AsMemory(), cancellationToken);
        position = 0;
        completed = length == 0;
        return !completed;
    }

    /// <summary>The characters that end an unquoted run: the separator, quote and line breaks.</summary>
    private sealed class SearchValues(char delimiter)
    {
        private readonly System.Buffers.SearchValues<char> values =
            System.Buffers.SearchValues.Create([delimiter, '"', '\n', '\r']);

        public int IndexOfAny(ReadOnlySpan<char> span) => span.IndexOfAny(values);
    }
}
