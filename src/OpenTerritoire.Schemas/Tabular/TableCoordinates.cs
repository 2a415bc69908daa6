namespace OpenTerritoire.Schemas.Tabular;

/// <summary><c>x-coordinates</c>: the latitude and longitude columns, checked for swapped values.</summary>
public sealed record TableCoordinates(string Latitude, string Longitude);
