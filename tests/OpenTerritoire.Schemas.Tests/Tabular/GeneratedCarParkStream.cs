using System.Globalization;
using System.Text;

namespace OpenTerritoire.Schemas.Tests.Tabular;

/// <summary>A car park CSV produced on demand, row by row, so a large file never exists in memory.</summary>
public sealed class GeneratedCarParkStream(int rows, Action<int>? onRow = null) : Stream
{
    private readonly byte[] header = Encoding.UTF8.GetBytes(
        "id_parking,nom_parking,horodatage,capacite,places_occupees,places_libres,latitude,longitude,siren_exploitant\n");

    private byte[] pending = [];
    private int offset;
    private int row = -1;

    public long Produced { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (offset == pending.Length)
            {
                if (row >= rows)
                {
                    break;
                }

                if (row >= 0)
                {
                    onRow?.Invoke(row);
                }

                pending = row < 0 ? header : Row(row);
                offset = 0;
                row++;
            }

            var count = Math.Min(buffer.Length - written, pending.Length - offset);
            pending.AsSpan(offset, count).CopyTo(buffer[written..]);
            offset += count;
            written += count;
        }

        Produced += written;
        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static byte[] Row(int index)
    {
        var park = index % 50;
        var hour = DateTimeOffset.FromUnixTimeSeconds(1_767_225_600L + (index / 50 * 3600L));
        var occupied = index % 400;
        return Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"21231-P-{park:D4},Parking {park},{hour:yyyy-MM-ddTHH:mm:ssZ},400,{occupied},{400 - occupied},47.32{park:D2},5.04{park:D2},799990023\n"));
    }
}
