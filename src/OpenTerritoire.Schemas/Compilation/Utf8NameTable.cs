using System.Text;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>Finds a property name's index from its UTF-8 bytes, so matching properties allocates nothing.</summary>
internal sealed class Utf8NameTable
{
    private readonly byte[][] names;
    private readonly int[] slots;
    private readonly int mask;

    public Utf8NameTable(IReadOnlyList<string> propertyNames)
    {
        names = propertyNames.Select(name => Encoding.UTF8.GetBytes(name)).ToArray();
        var size = 8;
        while (size < names.Length * 2)
        {
            size *= 2;
        }

        slots = new int[size];
        mask = size - 1;
        for (var i = 0; i < names.Length; i++)
        {
            var slot = Hash(names[i]) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
        }
    }

    /// <summary>The index of the name, or -1.</summary>
    public int Find(ReadOnlySpan<byte> utf8)
    {
        var slot = Hash(utf8) & mask;
        while (slots[slot] != 0)
        {
            var index = slots[slot] - 1;
            if (utf8.SequenceEqual(names[index]))
            {
                return index;
            }

            slot = (slot + 1) & mask;
        }

        return -1;
    }

    // FNV-1a: property names are short and few, a simple hash keeps the lookup cheap.
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
