using OpenTerritoire.Core;

namespace OpenTerritoire.Api.Access;

/// <summary>The catalogue of access issues: who is calling, and may they.</summary>
public static class AccessIssues
{
    public static Issue Unauthenticated() => new(
        "auth.unauthenticated", "header:Authorization", IssueSeverity.Error, IssueKind.Unauthenticated,
        "This operation needs an API token.", "Cette opération exige un jeton d'API.")
    {
        HintEn = "Send 'Authorization: Bearer <API token>'.",
        HintFr = "Envoyez « Authorization: Bearer <jeton d'API> ».",
    };

    public static Issue MissingScope(string scope) => new(
        "auth.missing-scope", "header:Authorization", IssueSeverity.Error, IssueKind.Forbidden,
        $"The token lacks the '{scope}' scope this operation needs.",
        $"Le jeton n'a pas la portée « {scope} » que cette opération exige.")
    {
        Expected = scope,
    };
}
