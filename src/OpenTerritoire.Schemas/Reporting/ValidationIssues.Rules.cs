namespace OpenTerritoire.Schemas.Reporting;

public static partial class ValidationIssues
{
    public static readonly IssueDescriptor RuleFutureTime = Error(
        "rule.future-time", IssueCategory.Content,
        "The observation time is in the future.",
        "L'heure d'observation est dans le futur.",
        "Check the device clock and the time zone (UTC is written Z).",
        "Vérifiez l'horloge de l'équipement et le fuseau horaire (UTC s'écrit Z).");

    public static readonly IssueDescriptor RulePhysicalRange = Error(
        "rule.physical-range", IssueCategory.Content,
        "The value is outside the physically possible range for its unit.",
        "La valeur est hors de la plage physiquement possible pour son unité.",
        "Check the unit and the sensor calibration.",
        "Vérifiez l'unité et l'étalonnage du capteur.");

    public static readonly IssueDescriptor RuleFillLevel = Error(
        "rule.fill-level", IssueCategory.Content,
        "The fill level is outside 0-100 %.",
        "Le taux de remplissage est hors de 0-100 %.",
        "Send a percentage, not a ratio or a distance.",
        "Envoyez un pourcentage, pas un ratio ni une distance.");

    public static readonly IssueDescriptor RuleOccupancyInconsistent = Error(
        "rule.occupancy-inconsistent", IssueCategory.Content,
        "Occupied and free spaces together exceed the capacity.",
        "Places occupées et libres dépassent ensemble la capacité.",
        "Check that occupied + free is at most the capacity (neutralised spaces make it less).",
        "Vérifiez que occupées + libres ne dépasse pas la capacité (les places neutralisées la diminuent).");

    public static readonly IssueDescriptor RuleIndexDecreasing = Error(
        "rule.index-decreasing", IssueCategory.Content,
        "The meter index is lower than the previous reading.",
        "L'index du compteur est inférieur au relevé précédent.",
        "An index never decreases: check for a meter replacement or a rollover, and declare it.",
        "Un index ne diminue jamais : vérifiez un changement ou un tour de compteur, et déclarez-le.");

    public static readonly IssueDescriptor RuleOutsideTenantArea = Error(
        "rule.outside-tenant-area", IssueCategory.Content,
        "The position is outside the territory of the organisation.",
        "La position est hors du territoire de la collectivité.",
        "Check the coordinates (longitude first in GeoJSON) and the device's registered location.",
        "Vérifiez les coordonnées (longitude en premier en GeoJSON) et l'emplacement déclaré de l'équipement.");
}
