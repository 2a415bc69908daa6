using System.Globalization;

namespace OpenTerritoire.Core.Tenancy;

/// <summary>The catalogue of issues about tenants and sharing agreements (<c>tenancy.*</c>).</summary>
public static class TenancyIssues
{
    /// <summary>A tenant that does not exist or that the caller may not see: both answer the same.</summary>
    public static Issue TenantNotFound(string pointer, string code) => new(
        "tenancy.tenant-not-found", pointer, IssueSeverity.Error, IssueKind.NotFound,
        $"No tenant '{code}'.",
        $"Aucune structure « {code} ».")
    {
        Value = code,
    };

    public static Issue Required(string pointer) => new(
        "tenancy.required", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"{Field(pointer)} is required.",
        $"Le champ {Field(pointer)} est obligatoire.");

    public static Issue InvalidCode(string pointer, string value) => new(
        "tenancy.invalid-code", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "A tenant code is 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.",
        "Un code de structure compte 2 à 63 minuscules, chiffres et tirets, et commence par une lettre ou un chiffre.")
    {
        Value = value,
        Expected = "^[a-z0-9][a-z0-9-]{1,62}$",
    };

    public static Issue InvalidKind(string pointer, string value) => new(
        "tenancy.invalid-kind", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "Unknown tenant kind.",
        "Type de structure inconnu.")
    {
        Value = value,
        Expected = string.Join(", ", TenantKindNames.All),
    };

    public static Issue InvalidSiren(string pointer, string value) => new(
        "tenancy.invalid-siren", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "A SIREN is nine digits.",
        "Un SIREN compte neuf chiffres.")
    {
        Value = value,
        Expected = "^[0-9]{9}$",
    };

    public static Issue TooLong(string pointer, int maximum) => new(
        "tenancy.too-long", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"{Field(pointer)} is longer than {maximum} characters.",
        $"Le champ {Field(pointer)} dépasse {maximum} caractères.")
    {
        Expected = $"at most {maximum.ToString(CultureInfo.InvariantCulture)} characters",
    };

    public static Issue KindNotAllowedUnderParent(string pointer, TenantKind kind, TenantKind parent) => new(
        "tenancy.kind-not-allowed-under-parent", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"A {TenantKindNames.ToName(kind)} cannot be a member of a {TenantKindNames.ToName(parent)}.",
        $"Un(e) {TenantKindNames.ToName(kind)} ne peut pas être membre d'un(e) {TenantKindNames.ToName(parent)}.")
    {
        Value = TenantKindNames.ToName(kind),
    };

    public static Issue DuplicateCode(string pointer, string code) => new(
        "tenancy.duplicate-code", pointer, IssueSeverity.Error, IssueKind.Conflict,
        $"A tenant '{code}' already exists.",
        $"Une structure « {code} » existe déjà.")
    {
        Value = code,
    };

    public static Issue InvalidDate(string pointer, string value) => new(
        "tenancy.invalid-date", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "Expected a date as YYYY-MM-DD.",
        "Date attendue au format AAAA-MM-JJ.")
    {
        Value = value,
        Expected = "YYYY-MM-DD",
    };

    public static Issue EndsBeforeStart(string pointer) => new(
        "tenancy.ends-before-start", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "The end date is before the start date.",
        "La date de fin précède la date de début.");

    public static Issue SameProviderAndConsumer(string pointer) => new(
        "tenancy.same-provider-and-consumer", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "A tenant cannot share with itself.",
        "Une structure ne peut pas partager avec elle-même.");

    public static Issue NothingShared(string pointer) => new(
        "tenancy.nothing-shared", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "An agreement shares at least one datastream or dataset.",
        "Un accord partage au moins un flux (datastream) ou un jeu de données.");

    /// <summary>A datastream or dataset that the provider does not own (or that does not exist).</summary>
    public static Issue NotOwnedByProvider(string pointer, long id) => new(
        "tenancy.not-owned-by-provider", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The provider owns no entity {id}.",
        $"Le fournisseur ne possède aucune entité {id}.")
    {
        Value = id.ToString(CultureInfo.InvariantCulture),
    };

    private static string Field(string pointer) => pointer.TrimStart('/');
}
