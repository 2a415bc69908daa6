using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Mappings;

/// <summary>The catalogue of issues of the Mapping stage (vendor fields → schema records → observations).</summary>
public static class MappingIssues
{
    public static Issue BadDefinition(string pointer, string reasonEn, string reasonFr) => new(
        "mapping.bad-definition", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The mapping definition is invalid: {reasonEn}", $"La définition de correspondance est invalide : {reasonFr}");

    public static Issue UnknownUnit(string pointer, string unit) => new(
        "mapping.unknown-unit", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The unit '{unit}' cannot be converted.", $"L'unité « {unit} » ne peut pas être convertie.")
    {
        Value = unit,
        HintEn = "Use a UCUM code the hub converts (Cel, [degF], mV, V, W.h, kW.h, L, m3, %, 1, …).",
        HintFr = "Utilisez un code UCUM que le hub convertit (Cel, [degF], mV, V, W.h, kW.h, L, m3, %, 1…).",
    };

    public static Issue IncompatibleUnits(string pointer, string from, string to) => new(
        "mapping.incompatible-units", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"'{from}' cannot be converted into '{to}': they measure different things.",
        $"« {from} » ne peut pas être converti en « {to} » : ces unités ne mesurent pas la même grandeur.")
    {
        Value = from,
        Expected = to,
    };

    public static Issue NotANumber(string pointer, string value) => new(
        "mapping.not-a-number", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"A number was expected for a unit conversion or scaling, got {value}.",
        $"Un nombre était attendu pour une conversion d'unité ou une mise à l'échelle ; reçu {value}.")
    {
        Value = value,
        Expected = "number",
    };

    public static Issue UnmappedValue(string pointer, string value) => new(
        "mapping.unmapped-value", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The value {value} has no entry in the mapping's value table.",
        $"La valeur {value} n'a pas d'entrée dans la table de valeurs de la correspondance.")
    {
        Value = value,
        HintEn = "Add the value to the field's \"values\" table, or fix the codec.",
        HintFr = "Ajoutez la valeur à la table « values » du champ, ou corrigez le décodeur.",
    };

    public static Issue BadTime(string pointer, string value) => new(
        "mapping.bad-time", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The time {value} is not an ISO 8601 date-time with offset or a Unix time.",
        $"L'instant {value} n'est ni une date-heure ISO 8601 avec décalage ni un temps Unix.")
    {
        Value = value,
    };
}
