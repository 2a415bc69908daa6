using OpenTerritoire.Core;

namespace OpenTerritoire.Api.Schemas;

/// <summary>The catalogue of issues of the schemas face.</summary>
public static class SchemaFaceIssues
{
    public static Issue NotPublished(string key) => new(
        "schemas.not-published", "/", IssueSeverity.Error, IssueKind.NotFound,
        $"The schema {key} was imported at run time and has no published document.",
        $"Le schéma {key} a été importé à l'exécution et n'a pas de document publié.");
}
