using OpenTerritoire.Core;

namespace OpenTerritoire.Schemas.Reporting;

public static partial class ValidationIssues
{
    public static readonly IssueDescriptor JsonMalformed = Error(
        "json.malformed", IssueCategory.Structure,
        "The input is not well-formed JSON.",
        "Le contenu n'est pas du JSON bien formé.",
        "Check quotes, commas and brackets at the position given; a truncated upload ends early.",
        "Vérifiez guillemets, virgules et crochets à la position indiquée ; un envoi tronqué s'arrête trop tôt.");

    public static readonly IssueDescriptor JsonEmpty = Error(
        "json.empty", IssueCategory.Structure,
        "The input holds no JSON value.",
        "Le contenu ne contient aucune valeur JSON.",
        "Send at least one record.",
        "Envoyez au moins un enregistrement.");

    public static readonly IssueDescriptor JsonEncoding = Error(
        "json.encoding", IssueCategory.Structure,
        "The input is not valid UTF-8.",
        "Le contenu n'est pas encodé en UTF-8 valide.",
        "JSON must be UTF-8 (RFC 8259 §8.1): save or export the file as UTF-8.",
        "Le JSON doit être en UTF-8 (RFC 8259 §8.1) : enregistrez ou exportez le fichier en UTF-8.");

    public static readonly IssueDescriptor JsonLineTooLong = Error(
        "json.line-too-long", IssueCategory.Structure,
        "A JSON Lines record is longer than the limit; it was skipped.",
        "Un enregistrement JSON Lines dépasse la longueur maximale ; il a été ignoré.",
        "Put one record per line; a line this long usually means missing line breaks.",
        "Mettez un enregistrement par ligne ; une ligne aussi longue signale souvent des retours à la ligne manquants.");

    public static readonly IssueDescriptor InputMediaType = new(
        "input.media-type", IssueSeverity.Error, IssueCategory.Structure,
        "This media type cannot be validated against this kind of schema.",
        "Ce type de contenu ne peut pas être validé avec ce type de schéma.",
        "Send JSON or JSON Lines for a JSON Schema, CSV for a Table Schema.",
        "Envoyez du JSON ou du JSON Lines pour un schéma JSON, du CSV pour un schéma de table.")
    {
        Kind = IssueKind.UnsupportedMediaType,
    };
}
