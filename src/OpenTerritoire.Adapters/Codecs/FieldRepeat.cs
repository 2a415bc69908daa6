namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// Reads a field <see cref="Count"/> times, moving <see cref="Stride"/> bytes and <see cref="BitStride"/> bits each
/// time; the field name holds <c>{n}</c>, replaced by 1, 2… .
/// </summary>
public sealed record FieldRepeat(int Count, int Stride, int BitStride);
