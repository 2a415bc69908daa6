using OpenTerritoire.Core;

namespace OpenTerritoire.Api.Registers;

/// <summary>The catalogue of access issues (<c>auth.*</c>) raised by <see cref="CallerTenant"/>.</summary>
public static class CallerIssues
{
    public static Issue Unauthenticated() => new(
        "auth.unauthenticated",
        string.Empty,
        IssueSeverity.Error,
        IssueKind.Unauthenticated,
        "A valid bearer token is required.",
        "Un jeton d'accès valide est requis.")
    {
        HintEn = "Send Authorization: Bearer <token> with a token of the tenant.",
        HintFr = "Envoyez Authorization: Bearer <jeton> avec un jeton de la collectivité.",
    };

    public static Issue MissingScope(string scope) => new(
        "auth.forbidden",
        string.Empty,
        IssueSeverity.Error,
        IssueKind.Forbidden,
        $"The token does not carry the '{scope}' scope, or is not bound to a tenant.",
        $"Le jeton n'a pas la portée « {scope} » ou n'est rattaché à aucune collectivité.")
    {
        Expected = scope,
    };
}
