namespace OpenTerritoire.Schemas.Tabular;

/// <summary>Bounding boxes of mainland France with Corsica and of the five overseas departments (DROM).</summary>
/// <remarks>Coarse boxes, for spotting swapped coordinates, not for deciding whether a point is in France.</remarks>
public static class FrenchTerritory
{
    private static readonly (string Name, double LatMin, double LatMax, double LonMin, double LonMax)[] Boxes =
    [
        ("France métropolitaine et Corse", 41.0, 51.5, -5.5, 10.0),
        ("Guadeloupe", 15.8, 16.55, -61.85, -60.95),
        ("Martinique", 14.35, 14.9, -61.25, -60.8),
        ("Guyane", 2.1, 5.8, -54.65, -51.6),
        ("La Réunion", -21.4, -20.85, 55.2, 55.85),
        ("Mayotte", -13.05, -12.6, 44.95, 45.35),
    ];

    public static bool Contains(double latitude, double longitude)
    {
        foreach (var box in Boxes)
        {
            if (latitude >= box.LatMin && latitude <= box.LatMax && longitude >= box.LonMin && longitude <= box.LonMax)
            {
                return true;
            }
        }

        return false;
    }
}
