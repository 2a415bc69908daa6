using System.Text.Json.Nodes;

namespace OpenTerritoire.Adapters.Codecs;

/// <summary>
/// One range of a piecewise transform: values from <see cref="From"/> to <see cref="To"/> (inclusive, open when
/// null) become a constant, or <c>Base + (v − From) × Step</c>; with neither, the value is kept.
/// </summary>
/// <param name="HasConstant">True when the segment maps to <see cref="Constant"/>, which may be JSON null.</param>
public sealed record PiecewiseSegment(
    decimal? From,
    decimal? To,
    bool HasConstant,
    JsonNode? Constant,
    decimal? Base,
    decimal Step)
{
    public bool Contains(decimal value) => (From is null || value >= From) && (To is null || value <= To);
}
