namespace OpenTerritoire.Schemas.Reporting;

public static partial class ValidationIssues
{
    public static readonly IssueDescriptor TableEncoding = Warning(
        "table.encoding", IssueCategory.Structure,
        "The file is not UTF-8; it was read as Windows-1252 (Latin-1).",
        "Le fichier n'est pas en UTF-8 ; il a été lu en Windows-1252 (Latin-1).",
        "Export the file as CSV UTF-8 so accents survive in every tool.",
        "Exportez le fichier en « CSV UTF-8 » pour que les accents soient conservés partout.");

    public static readonly IssueDescriptor TableEmpty = Error(
        "table.empty", IssueCategory.Structure,
        "The file has no header line.",
        "Le fichier n'a pas de ligne d'en-tête.",
        "The first line must list the column names.",
        "La première ligne doit donner les noms de colonnes.");

    public static readonly IssueDescriptor TableDuplicateHeader = Error(
        "table.duplicate-header", IssueCategory.Structure,
        "Two columns have the same name.",
        "Deux colonnes portent le même nom.",
        "Keep one column per field.",
        "Gardez une seule colonne par champ.");

    public static readonly IssueDescriptor TableMissingColumn = Error(
        "table.missing-column", IssueCategory.Structure,
        "A column of the schema is missing from the header.",
        "Une colonne du schéma est absente de l'en-tête.",
        "Add the column, even empty if its values are optional; names are case-sensitive.",
        "Ajoutez la colonne, même vide si ses valeurs sont facultatives ; les noms respectent la casse.");

    public static readonly IssueDescriptor TableExtraColumn = Warning(
        "table.extra-column", IssueCategory.Structure,
        "The header has a column the schema does not define; its cells were not checked.",
        "L'en-tête contient une colonne que le schéma ne définit pas ; ses cellules n'ont pas été vérifiées.",
        "Remove the column, or rename it to a field of the schema.",
        "Supprimez la colonne, ou renommez-la en un champ du schéma.");

    public static readonly IssueDescriptor TableRowShape = Error(
        "table.row-shape", IssueCategory.Structure,
        "The row does not have as many cells as the header; its cells were not checked.",
        "La ligne n'a pas autant de cellules que l'en-tête ; ses cellules n'ont pas été vérifiées.",
        "Quote cells that contain the separator, and check for missing or extra separators.",
        "Mettez entre guillemets les cellules contenant le séparateur, et cherchez les séparateurs en trop ou manquants.");

    public static readonly IssueDescriptor TableLineTooLong = Error(
        "table.line-too-long", IssueCategory.Structure,
        "The row is longer than the limit; it was skipped.",
        "La ligne dépasse la longueur maximale ; elle a été ignorée.",
        "Look for an unclosed quote above this row, or missing line breaks.",
        "Cherchez un guillemet non fermé au-dessus de cette ligne, ou des retours à la ligne manquants.");

    public static readonly IssueDescriptor TableUnclosedQuote = Error(
        "table.unclosed-quote", IssueCategory.Structure,
        "A quoted cell is not closed before the end of the file.",
        "Une cellule entre guillemets n'est pas refermée avant la fin du fichier.",
        "Close the quote; a quote inside a quoted cell is written twice (\"\").",
        "Refermez le guillemet ; un guillemet dans une cellule entre guillemets s'écrit en double (\"\").");

    public static readonly IssueDescriptor TableRequired = Error(
        "table.required", IssueCategory.Content,
        "A required cell is empty.",
        "Une cellule obligatoire est vide.",
        "Fill the cell.",
        "Renseignez la cellule.");

    public static readonly IssueDescriptor TableType = Error(
        "table.type", IssueCategory.Content,
        "The cell cannot be read as the field's type.",
        "La cellule ne peut pas être lue dans le type du champ.",
        "Dates are 2026-03-01, date-times 2026-03-01T08:00:00+01:00, numbers without unit (decimal comma only with ';').",
        "Dates en 2026-03-01, dates-heures en 2026-03-01T08:00:00+01:00, nombres sans unité (virgule décimale seulement avec ';').");

    public static readonly IssueDescriptor TableFormat = Error(
        "table.format", IssueCategory.Content,
        "The text is not a valid e-mail address, URI or UUID.",
        "Le texte n'est pas une adresse électronique, une URI ou un UUID valide.",
        "Check the value against the field's format.",
        "Vérifiez la valeur par rapport au format du champ.");

    public static readonly IssueDescriptor TableEnum = Error(
        "table.enum", IssueCategory.Content,
        "The cell is not one of the allowed values.",
        "La cellule ne fait pas partie des valeurs autorisées.",
        "Use one of the allowed values exactly (same case, no accents added).",
        "Utilisez exactement l'une des valeurs autorisées (même casse, sans accent ajouté).");

    public static readonly IssueDescriptor TablePattern = Error(
        "table.pattern", IssueCategory.Content,
        "The cell does not have the expected form.",
        "La cellule n'a pas la forme attendue.",
        "Compare with the expected pattern: spaces, dashes and case matter.",
        "Comparez avec le motif attendu : espaces, tirets et casse comptent.");

    public static readonly IssueDescriptor TableMinimum = Error(
        "table.minimum", IssueCategory.Content,
        "The cell is below the minimum.",
        "La cellule est inférieure au minimum.",
        "Check the sign and the unit.",
        "Vérifiez le signe et l'unité.");

    public static readonly IssueDescriptor TableMaximum = Error(
        "table.maximum", IssueCategory.Content,
        "The cell is above the maximum.",
        "La cellule est supérieure au maximum.",
        "Check the unit (tonnes not kilograms) and the decimal separator.",
        "Vérifiez l'unité (tonnes et non kilogrammes) et le séparateur décimal.");

    public static readonly IssueDescriptor TableMinLength = Error(
        "table.min-length", IssueCategory.Content,
        "The cell is shorter than allowed.",
        "La cellule est plus courte que permis.",
        "Complete the value.",
        "Complétez la valeur.");

    public static readonly IssueDescriptor TableMaxLength = Error(
        "table.max-length", IssueCategory.Content,
        "The cell is longer than allowed.",
        "La cellule est plus longue que permis.",
        "Shorten the value.",
        "Raccourcissez la valeur.");

    public static readonly IssueDescriptor TableUnique = Error(
        "table.unique", IssueCategory.Content,
        "The value already appears in an earlier row of a unique column.",
        "La valeur figure déjà dans une ligne précédente d'une colonne à valeurs uniques.",
        "Remove the duplicate row or correct the value.",
        "Supprimez la ligne en double ou corrigez la valeur.");

    public static readonly IssueDescriptor TablePrimaryKey = Error(
        "table.primary-key", IssueCategory.Content,
        "An earlier row has the same primary key.",
        "Une ligne précédente a la même clé primaire.",
        "Each combination of the key columns must appear once: remove the duplicate row.",
        "Chaque combinaison des colonnes clés doit être unique : supprimez la ligne en double.");

    public static readonly IssueDescriptor TableSirenChecksum = Error(
        "table.siren-checksum", IssueCategory.Content,
        "The SIREN number has a wrong check digit.",
        "Le numéro SIREN a une clé de contrôle erronée.",
        "Copy the SIREN from the Sirene directory (annuaire-entreprises.data.gouv.fr).",
        "Recopiez le SIREN depuis l'annuaire Sirene (annuaire-entreprises.data.gouv.fr).");

    public static readonly IssueDescriptor TableSiretChecksum = Error(
        "table.siret-checksum", IssueCategory.Content,
        "The SIRET number has a wrong check digit.",
        "Le numéro SIRET a une clé de contrôle erronée.",
        "Copy the SIRET from the Sirene directory (annuaire-entreprises.data.gouv.fr).",
        "Recopiez le SIRET depuis l'annuaire Sirene (annuaire-entreprises.data.gouv.fr).");

    public static readonly IssueDescriptor TableInseeCommune = Error(
        "table.insee-commune", IssueCategory.Content,
        "The value is not an INSEE commune code.",
        "La valeur n'est pas un code commune INSEE.",
        "Use the 5-character INSEE code (2A004 for Ajaccio), not the postcode.",
        "Utilisez le code INSEE à 5 caractères (2A004 pour Ajaccio), pas le code postal.");

    public static readonly IssueDescriptor TableLatLonSwapped = Error(
        "table.lat-lon-swapped", IssueCategory.Content,
        "Latitude and longitude look swapped: the point is outside France, the swapped point inside.",
        "Latitude et longitude semblent inversées : le point est hors de France, le point inversé en France.",
        "Put the latitude (about 41 to 51 in mainland France) in the latitude column.",
        "Mettez la latitude (environ 41 à 51 en métropole) dans la colonne latitude.");
}
