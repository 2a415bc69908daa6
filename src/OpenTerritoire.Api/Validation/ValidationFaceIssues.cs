using OpenTerritoire.Core;

namespace OpenTerritoire.Api.Validation;

/// <summary>The catalogue of issues of the validation face (bad requests, before any validation runs).</summary>
public static class ValidationFaceIssues
{
    public static Issue MissingSchema(string available) => new(
        "validate.missing-schema", "/query/schema", IssueSeverity.Error, IssueKind.Invalid,
        "Say which schema to validate against: ?schema=<id> or ?schema=<id>@<version>.",
        "Indiquez le schéma de validation : ?schema=<id> ou ?schema=<id>@<version>.")
    {
        Expected = available,
    };

    public static Issue UnsupportedMediaType(string? received) => new(
        "validate.unsupported-media-type", "/header/content-type", IssueSeverity.Error, IssueKind.UnsupportedMediaType,
        $"The body's media type '{received}' cannot be validated.",
        $"Le type de contenu « {received} » ne peut pas être validé.")
    {
        Value = received,
        Expected = "application/json, application/x-ndjson, text/csv, or multipart/form-data with a file",
        HintEn = "Send the file as it is with its Content-Type, or as a multipart form field named 'file'.",
        HintFr = "Envoyez le fichier tel quel avec son Content-Type, ou dans un formulaire multipart (champ « file »).",
    };

    public static Issue MissingFile() => new(
        "validate.missing-file", "/body/file", IssueSeverity.Error, IssueKind.Invalid,
        "The multipart form holds no file.", "Le formulaire multipart ne contient aucun fichier.")
    {
        HintEn = "Add the file in a form field named 'file'.",
        HintFr = "Ajoutez le fichier dans un champ de formulaire nommé « file ».",
    };

    /// <summary>The registry's unknown-schema issue, answered as a bad request listing what is accepted.</summary>
    public static Issue AsBadRequest(Issue issue) => issue with { Kind = IssueKind.Invalid, Pointer = "/query/schema" };

    /// <summary>A schema sent with the file that does not load, answered as a bad request.</summary>
    public static Issue AsBadSchemaDocument(Issue issue) => issue with { Kind = IssueKind.Invalid, Pointer = "/body/schema" + (issue.Pointer.Length > 0 && issue.Pointer != "/" ? "/" + issue.Pointer : string.Empty) };

    public static Issue SchemaTooLarge(int limit) => new(
        "validate.schema-too-large", "/body/schema", IssueSeverity.Error, IssueKind.TooLarge,
        $"The schema sent is larger than {limit} bytes.", $"Le schéma envoyé dépasse {limit} octets.");
}
