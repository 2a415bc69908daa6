using System.Globalization;

namespace OpenTerritoire.Core.Identity;

/// <summary>The catalogue of issues about API token requests and the audit log (<c>identity.*</c>).</summary>
public static class IdentityIssues
{
    public static Issue Required(string pointer) => new(
        "identity.required", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"{Field(pointer)} is required.",
        $"Le champ {Field(pointer)} est obligatoire.");

    public static Issue TooLong(string pointer, int maximum) => new(
        "identity.too-long", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"{Field(pointer)} is longer than {maximum} characters.",
        $"Le champ {Field(pointer)} dépasse {maximum} caractères.")
    {
        Expected = $"at most {maximum.ToString(CultureInfo.InvariantCulture)} characters",
    };

    public static Issue UnknownScope(string pointer, string value) => new(
        "identity.unknown-scope", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "Unknown token scope.",
        "Portée (scope) de jeton inconnue.")
    {
        Value = value,
        Expected = string.Join(", ", TokenScopeNames.All),
    };

    public static Issue UnknownKind(string pointer, string value) => new(
        "identity.unknown-kind", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "Unknown token kind.",
        "Type de jeton inconnu.")
    {
        Value = value,
        Expected = string.Join(", ", ApiTokenKindNames.All),
    };

    public static Issue ExpiryNotInFuture(string pointer, DateTimeOffset value) => new(
        "identity.expiry-not-in-future", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "The expiry date must be in the future.",
        "La date d'expiration doit être dans le futur.")
    {
        Value = value.ToString("O", CultureInfo.InvariantCulture),
    };

    public static Issue ExpiryTooFar(string pointer, DateTimeOffset latest) => new(
        "identity.expiry-too-far", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "A token expires within two years.",
        "Un jeton expire dans un délai de deux ans au plus.")
    {
        Expected = "at most " + latest.ToString("O", CultureInfo.InvariantCulture),
    };

    /// <summary>A token that does not exist or belongs to a tenant the caller does not administer.</summary>
    public static Issue TokenNotFound(string pointer, long id) => new(
        "identity.token-not-found", pointer, IssueSeverity.Error, IssueKind.NotFound,
        $"No token {id}.",
        $"Aucun jeton {id}.")
    {
        Value = id.ToString(CultureInfo.InvariantCulture),
    };

    public static Issue InvalidLimit(string pointer, int maximum) => new(
        "identity.invalid-limit", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The limit is a whole number from 1 to {maximum}.",
        $"La limite est un entier de 1 à {maximum}.")
    {
        Expected = $"1..{maximum.ToString(CultureInfo.InvariantCulture)}",
    };

    public static Issue UnknownFormat(string pointer, string value) => new(
        "identity.unknown-format", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "Unknown format.",
        "Format inconnu.")
    {
        Value = value,
        Expected = "json, csv",
    };

    private static string Field(string pointer) => pointer.TrimStart('/');
}
