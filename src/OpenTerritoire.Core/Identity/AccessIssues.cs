namespace OpenTerritoire.Core.Identity;

/// <summary>The catalogue of authentication and authorisation issues (<c>auth.*</c>).</summary>
public static class AccessIssues
{
    private const string Header = "header:Authorization";

    public static Issue MissingToken() => new(
        "auth.missing-token", Header, IssueSeverity.Error, IssueKind.Unauthenticated,
        "This resource needs an API token.",
        "Cette ressource demande un jeton d'API.")
    {
        HintEn = "Send the header Authorization: Bearer ot_… with a token issued by your tenant's administrator.",
        HintFr = "Envoyez l'en-tête Authorization: Bearer ot_… avec un jeton délivré par l'administrateur de votre structure.",
    };

    /// <summary>A management operation reached without an authenticated caller of a tenant.</summary>
    public static Issue Unauthenticated() => new(
        "auth.unauthenticated", Header, IssueSeverity.Error, IssueKind.Unauthenticated,
        "This operation needs an API token of a tenant.",
        "Cette opération exige un jeton d'API d'une structure.")
    {
        HintEn = "Send 'Authorization: Bearer <API token>' with a token issued for your tenant.",
        HintFr = "Envoyez « Authorization: Bearer <jeton d'API> » avec un jeton délivré pour votre structure.",
    };

    public static Issue InvalidToken() => new(
        "auth.invalid-token", Header, IssueSeverity.Error, IssueKind.Unauthenticated,
        "The API token is not valid.",
        "Le jeton d'API n'est pas valide.");

    public static Issue TokenExpired(DateTimeOffset expiredAt) => new(
        "auth.token-expired", Header, IssueSeverity.Error, IssueKind.Unauthenticated,
        "The API token has expired.",
        "Le jeton d'API a expiré.")
    {
        Value = expiredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        HintEn = "Ask your tenant's administrator for a new token.",
        HintFr = "Demandez un nouveau jeton à l'administrateur de votre structure.",
    };

    public static Issue TokenRevoked() => new(
        "auth.token-revoked", Header, IssueSeverity.Error, IssueKind.Unauthenticated,
        "The API token has been revoked.",
        "Le jeton d'API a été révoqué.");

    public static Issue MissingScope(IEnumerable<TokenScope> needed) => new(
        "auth.missing-scope", Header, IssueSeverity.Error, IssueKind.Forbidden,
        "The API token does not have the scope this action needs.",
        "Le jeton d'API n'a pas la portée (scope) que demande cette action.")
    {
        Expected = string.Join(", ", needed.Select(TokenScopeNames.ToName)),
    };

    /// <summary>A token for one tenant used where only the platform operator may act.</summary>
    public static Issue PlatformOnly(string pointer) => new(
        "auth.platform-only", pointer, IssueSeverity.Error, IssueKind.Forbidden,
        "Only the platform operator may do this.",
        "Seul l'opérateur de la plateforme peut effectuer cette action.");
}
