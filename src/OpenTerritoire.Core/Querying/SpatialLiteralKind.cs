namespace OpenTerritoire.Core.Querying;

/// <summary>
/// Whether a spatial literal was written <c>geography'…'</c> (round earth) or <c>geometry'…'</c> (plane).
/// </summary>
public enum SpatialLiteralKind
{
    Geography,
    Geometry,
}
