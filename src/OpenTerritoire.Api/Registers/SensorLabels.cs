using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenTerritoire.Api.Registers;

/// <summary>
/// Derives the eight DTPR-style labels (purpose, technology, data type, processing, access, storage, retention,
/// accountable) from a sensor record, in French, with the Digital Trust for Places and Routines element ids.
/// </summary>
public static partial class SensorLabels
{
    public static IReadOnlyList<SensorLabel> From(PublicRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var themes = view.Text("themes").Split('|', StringSplitOptions.RemoveEmptyEntries);
        var personal = view.Text("personalData", "processed") == "true";
        var raw = view.Text("retention", "raw");
        return
        [
            new("purpose", "But", PurposeElement(themes), FirstPurpose(view)),
            new("technology", "Technologie", TechnologyElement(view.Text("category")), view.Text("sensorType")),
            new("data", "Type de données", personal ? "personal" : "values_time",
                personal
                    ? "Données personnelles : " + view.Text("personalData", "categories").Replace("|", ", ", StringComparison.Ordinal)
                    : "Mesures horodatées, sans donnée personnelle"),
            new("processing", "Traitement", ProcessingElement(view.Text("edgeProcessing")), ProcessingFr(view.Text("edgeProcessing"))),
            new("access", "Accès", AccessElement(view.Text("access", "level")), AccessFr(view.Text("access", "level"))),
            new("storage", "Stockage", StorageElement(view.Text("storage", "location")), StorageFr(view.Text("storage", "location"))),
            new("retention", "Conservation", raw == "P0D" ? "no_data_retained" : "data_retained",
                raw == "P0D" ? "Les données brutes ne sont pas conservées" : "Données brutes conservées " + DurationFr(raw)),
            new("accountable", "Responsable", "organization", view.Text("accountableOrganisation", "name")),
        ];
    }

    /// <summary>An ISO 8601 duration in French words (<c>P1Y</c> → « 1 an », <c>P30D</c> → « 30 jours »).</summary>
    public static string DurationFr(string duration)
    {
        var match = Duration().Match(duration);
        if (!match.Success)
        {
            return duration;
        }

        var parts = new List<string>();
        Add(parts, match.Groups["y"].Value, "an", "ans");
        Add(parts, match.Groups["m"].Value, "mois", "mois");
        Add(parts, match.Groups["w"].Value, "semaine", "semaines");
        Add(parts, match.Groups["d"].Value, "jour", "jours");
        Add(parts, match.Groups["h"].Value, "heure", "heures");
        return parts.Count > 0 ? string.Join(" ", parts) : duration;
    }

    [GeneratedRegex(@"^P(?:(?<y>\d+)Y)?(?:(?<m>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?)?$")]
    private static partial Regex Duration();

    private static void Add(List<string> parts, string value, string one, string many)
    {
        if (value.Length > 0)
        {
            var number = int.Parse(value, CultureInfo.InvariantCulture);
            parts.Add($"{number} {(number > 1 ? many : one)}");
        }
    }

    private static string FirstPurpose(PublicRecordView view) =>
        view.Document.TryGetProperty("purposes", out var purposes) && purposes.GetArrayLength() > 0
        && purposes[0].TryGetProperty("purpose", out var purpose)
            ? purpose.GetString() ?? string.Empty
            : string.Empty;

    private static string? PurposeElement(string[] themes) => themes.FirstOrDefault() switch
    {
        "parking" or "mobility" => "mobility",
        "energy" or "lighting" => "energy_efficiency",
        "water" => "water_efficiency",
        "waste" => "waste_management",
        "environment" => "ecology",
        "flood-risk" => "safety_security",
        _ => "planning_decision_making",
    };

    private static string? TechnologyElement(string category) => category switch
    {
        "camera" => "video_camera",
        "acoustic" => "sound_level_meter",
        "environmental" => "air_quality",
        "presence-detection" => "motion_detector",
        "counting" => "person_detection",
        "level" => "ultrasonic_level_sensor",
        "positioning" => "gps",
        _ => null,
    };

    private static string? ProcessingElement(string edge) => edge switch
    {
        "raw" => "raw_data",
        "aggregated" => "aggregated",
        "de-identified" => "de_identified",
        _ => null,
    };

    private static string ProcessingFr(string edge) => edge switch
    {
        "raw" => "Les données brutes quittent le capteur",
        "aggregated" => "Le capteur n'envoie que des données agrégées (comptages, moyennes)",
        "de-identified" => "Les données sont dépersonnalisées dans le capteur (floutage, hachage)",
        _ => "Non précisé",
    };

    private static string? AccessElement(string level) => level switch
    {
        "open-data" => "available_to_download",
        "on-request" => "available_to_me",
        "restricted" or "internal" => "available_to_the_accountable_organization",
        _ => null,
    };

    private static string AccessFr(string level) => level switch
    {
        "open-data" => "Données ouvertes : téléchargeables par tous",
        "on-request" => "Accessibles sur demande",
        "restricted" => "Accès restreint à des destinataires désignés",
        "internal" => "Usage interne de l'organisation responsable",
        _ => "Non précisé",
    };

    private static string? StorageElement(string location) => location switch
    {
        "france" or "european-union" => "stored_locally",
        "outside-european-union" => "stored_primarily_internationally",
        _ => null,
    };

    private static string StorageFr(string location) => location switch
    {
        "france" => "Stockées en France",
        "european-union" => "Stockées dans l'Union européenne",
        "outside-european-union" => "Stockées hors de l'Union européenne",
        _ => "Non précisé",
    };
}
