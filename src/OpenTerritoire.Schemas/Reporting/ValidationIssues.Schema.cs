namespace OpenTerritoire.Schemas.Reporting;

public static partial class ValidationIssues
{
    public static readonly IssueDescriptor SchemaType = Error(
        "schema.type", IssueCategory.Content,
        "The value has the wrong JSON type.",
        "La valeur n'a pas le bon type JSON.",
        "Send the type expected: a number without quotes, true/false without quotes, text in quotes.",
        "Envoyez le type attendu : un nombre sans guillemets, true/false sans guillemets, du texte entre guillemets.");

    public static readonly IssueDescriptor SchemaEnum = Error(
        "schema.enum", IssueCategory.Content,
        "The value is not one of the allowed values.",
        "La valeur ne fait pas partie des valeurs autorisées.",
        "Use one of the allowed values exactly, with the same case and no accents added.",
        "Utilisez exactement l'une des valeurs autorisées, même casse, sans accent ajouté.");

    public static readonly IssueDescriptor SchemaConst = Error(
        "schema.const", IssueCategory.Content,
        "The value is not the single value allowed.",
        "La valeur n'est pas la seule valeur autorisée.",
        "Use exactly the expected value.",
        "Utilisez exactement la valeur attendue.");

    public static readonly IssueDescriptor SchemaMinimum = Error(
        "schema.minimum", IssueCategory.Content,
        "The number is below the minimum.",
        "Le nombre est inférieur au minimum.",
        "Check the sign and the unit of the value.",
        "Vérifiez le signe et l'unité de la valeur.");

    public static readonly IssueDescriptor SchemaMaximum = Error(
        "schema.maximum", IssueCategory.Content,
        "The number is above the maximum.",
        "Le nombre est supérieur au maximum.",
        "Check the unit (percent 0-100, kWh not Wh, hPa not Pa) and the decimal separator.",
        "Vérifiez l'unité (pourcentage 0-100, kWh et non Wh, hPa et non Pa) et le séparateur décimal.");

    public static readonly IssueDescriptor SchemaExclusiveMinimum = Error(
        "schema.exclusive-minimum", IssueCategory.Content,
        "The number must be strictly greater than the limit.",
        "Le nombre doit être strictement supérieur à la limite.",
        "Check the sign and the unit of the value.",
        "Vérifiez le signe et l'unité de la valeur.");

    public static readonly IssueDescriptor SchemaExclusiveMaximum = Error(
        "schema.exclusive-maximum", IssueCategory.Content,
        "The number must be strictly less than the limit.",
        "Le nombre doit être strictement inférieur à la limite.",
        "For angles, 360 is written 0.",
        "Pour les angles, 360 s'écrit 0.");

    public static readonly IssueDescriptor SchemaMinLength = Error(
        "schema.min-length", IssueCategory.Content,
        "The text is shorter than allowed.",
        "Le texte est plus court que permis.",
        "Fill the value in, or leave the property out if it is optional.",
        "Renseignez la valeur, ou omettez la propriété si elle est facultative.");

    public static readonly IssueDescriptor SchemaMaxLength = Error(
        "schema.max-length", IssueCategory.Content,
        "The text is longer than allowed.",
        "Le texte est plus long que permis.",
        "Shorten the text; put long explanations in a linked page.",
        "Raccourcissez le texte ; mettez les longues explications dans une page liée.");

    public static readonly IssueDescriptor SchemaPattern = Error(
        "schema.pattern", IssueCategory.Content,
        "The text does not have the expected form.",
        "Le texte n'a pas la forme attendue.",
        "Compare with the expected pattern: spaces, case and separators matter.",
        "Comparez avec le motif attendu : espaces, casse et séparateurs comptent.");

    public static readonly IssueDescriptor SchemaFormat = Error(
        "schema.format", IssueCategory.Content,
        "The text is not a valid date, date-time, e-mail address or URI.",
        "Le texte n'est pas une date, une date-heure, une adresse électronique ou une URI valide.",
        "Dates are 2026-03-01; date-times 2026-03-01T08:15:00+01:00 (with T and a time zone).",
        "Les dates s'écrivent 2026-03-01 ; les dates-heures 2026-03-01T08:15:00+01:00 (avec T et fuseau).");

    public static readonly IssueDescriptor SchemaMinItems = Error(
        "schema.min-items", IssueCategory.Content,
        "The list has fewer items than required.",
        "La liste a moins d'éléments que requis.",
        "Add the missing items, or leave the property out if it is optional.",
        "Ajoutez les éléments manquants, ou omettez la propriété si elle est facultative.");

    public static readonly IssueDescriptor SchemaMaxItems = Error(
        "schema.max-items", IssueCategory.Content,
        "The list has more items than allowed.",
        "La liste a plus d'éléments que permis.",
        "Split the data across several records.",
        "Répartissez les données sur plusieurs enregistrements.");

    public static readonly IssueDescriptor SchemaUniqueItems = Error(
        "schema.unique-items", IssueCategory.Content,
        "The list holds the same item twice.",
        "La liste contient deux fois le même élément.",
        "Remove the duplicate.",
        "Supprimez le doublon.");

    public static readonly IssueDescriptor SchemaRequired = Error(
        "schema.required", IssueCategory.Structure,
        "A required property is missing.",
        "Une propriété obligatoire est absente.",
        "Add the property; its name is case-sensitive.",
        "Ajoutez la propriété ; son nom respecte la casse.");

    public static readonly IssueDescriptor SchemaAdditionalProperty = Error(
        "schema.additional-property", IssueCategory.Structure,
        "The property is not defined by the schema.",
        "La propriété n'est pas définie par le schéma.",
        "Remove it or rename it to a property of the schema.",
        "Supprimez-la ou renommez-la en une propriété du schéma.");

    public static readonly IssueDescriptor SchemaOneOf = Error(
        "schema.one-of", IssueCategory.Content,
        "The value must match exactly one of the alternatives.",
        "La valeur doit correspondre à exactement une des variantes.",
        "Compare the value with each alternative of the schema.",
        "Comparez la valeur à chaque variante du schéma.");

    public static readonly IssueDescriptor SchemaAnyOf = Error(
        "schema.any-of", IssueCategory.Content,
        "The value matches none of the alternatives.",
        "La valeur ne correspond à aucune des variantes.",
        "Compare the value with each alternative of the schema.",
        "Comparez la valeur à chaque variante du schéma.");

    public static readonly IssueDescriptor SchemaOther = Error(
        "schema.other", IssueCategory.Content,
        "The value breaks a schema keyword the catalogue has no specific code for.",
        "La valeur enfreint un mot-clé du schéma sans code spécifique au catalogue.",
        "Read the schema at the pointer given.",
        "Consultez le schéma à l'emplacement indiqué.");
}
