using System.Buffers;

namespace OpenTerritoire.Schemas.Inputs;

/// <summary>Reads a stream line by line as UTF-8 bytes with bounded memory; a line over the limit is reported, not held.</summary>
internal sealed class Utf8LineReader : IDisposable
{
    private readonly Stream stream;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private bool completed;
    private bool first = true;

    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        this.stream = stream;
        this.maxLineBytes = maxLineBytes;
        buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxLineBytes + 2, 64 * 1024));
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line without its terminator; TooLong when it exceeded the limit and was skipped.</summary>
    public async ValueTask<(bool Read, ReadOnlyMemory<byte> Line, bool TooLong)> ReadLineAsync(
        CancellationToken cancellationToken)
    {
        var skipping = false;
        var scanFrom = start;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', scanFrom, end - scanFrom);
            if (newline >= 0)
            {
                LineNumber++;
                var line = new ReadOnlyMemory<byte>(buffer, start, newline - start);
                start = newline + 1;
                return skipping ? (true, default, true) : (true, TrimLine(line), false);
            }

            if (completed)
            {
                if (start == end && !skipping)
                {
                    return (false, default, false);
                }

                LineNumber++;
                var rest = new ReadOnlyMemory<byte>(buffer, start, end - start);
                start = end;
                return skipping ? (true, default, true) : (true, TrimLine(rest), false);
            }

            if (end - start >= maxLineBytes)
            {
                // Drop what is held of the oversized line and keep reading until its end.
                skipping = true;
                start = end;
            }

            Compact();
            scanFrom = end;
            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
            if (read == 0)
            {
                completed = true;
            }

            end += read;
            if (skipping)
            {
                start = scanFrom;
            }
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    private ReadOnlyMemory<byte> TrimLine(ReadOnlyMemory<byte> line)
    {
        if (first)
        {
            first = false;
            if (line.Span.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }
        }

        return line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
    }

    private void Compact()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            Buffer.BlockCopy(buffer, 0, larger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
    }
}
