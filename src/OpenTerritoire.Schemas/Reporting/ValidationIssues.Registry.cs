using OpenTerritoire.Core;

namespace OpenTerritoire.Schemas.Reporting;

public static partial class ValidationIssues
{
    public static readonly IssueDescriptor UnknownSchema = new(
        "schema-registry.unknown-schema", IssueSeverity.Error, IssueCategory.Structure,
        "No schema has this id and version.",
        "Aucun schéma ne porte cet identifiant et cette version.",
        "Use one of the ids listed as expected, with a published version or @latest.",
        "Utilisez l'un des identifiants attendus, avec une version publiée ou @latest.")
    {
        Kind = IssueKind.NotFound,
    };

    public static readonly IssueDescriptor SchemaLoadFailed = Error(
        "schema-registry.load-failed", IssueCategory.Structure,
        "The schema document could not be read.",
        "Le document de schéma n'a pas pu être lu.",
        "Check that it is a JSON Schema (draft 2020-12) or a frictionless Table Schema, in well-formed JSON.",
        "Vérifiez qu'il s'agit d'un JSON Schema (draft 2020-12) ou d'un Table Schema frictionless en JSON bien formé.");

    public static readonly IssueDescriptor RemoteReference = Error(
        "schema-registry.remote-reference", IssueCategory.Structure,
        "The schema references a document outside the local schemas folder; nothing is fetched from the network.",
        "Le schéma référence un document hors du dossier local des schémas ; rien n'est téléchargé.",
        "Reference only https://schemas.openterritoire.org/ documents or definitions inside the schema itself.",
        "Ne référencez que des documents https://schemas.openterritoire.org/ ou des définitions du schéma lui-même.");

    public static readonly IssueDescriptor InvalidTableSchema = Error(
        "schema-registry.invalid-table-schema", IssueCategory.Structure,
        "The Table Schema is not valid.",
        "Le schéma de table n'est pas valide.",
        "Each field needs a name and a known type (string, number, integer, boolean, date, datetime, year, geopoint...).",
        "Chaque champ doit avoir un nom et un type connu (string, number, integer, boolean, date, datetime, year, geopoint...).");

    public static readonly IssueDescriptor DuplicateSchema = new(
        "schema-registry.duplicate-schema", IssueSeverity.Error, IssueCategory.Structure,
        "A schema with this id and version already exists; a published version never changes.",
        "Un schéma existe déjà avec cet identifiant et cette version ; une version publiée ne change jamais.",
        "Import it under a new version number.",
        "Importez-le sous un nouveau numéro de version.")
    {
        Kind = IssueKind.Conflict,
    };

    public static readonly IssueDescriptor InvalidSchemaId = Error(
        "schema-registry.invalid-id", IssueCategory.Structure,
        "The schema id or version is not well-formed.",
        "L'identifiant ou la version du schéma est mal formé.",
        "Ids are lower-case kebab-case (air-quality-observed); versions are semantic (1.0.0).",
        "Les identifiants sont en minuscules avec tirets (air-quality-observed) ; les versions sont sémantiques (1.0.0).");
}
