using OpenTerritoire.Core;

namespace OpenTerritoire.Storage.SensorThings;

/// <summary>The catalogue of issues raised by the SensorThings face: resource paths, query use and entity bodies.</summary>
public static class SensorThingsIssues
{
    /// <summary>A path segment that names no entity set, navigation or property (or a key that is not an id).</summary>
    public static Issue UnknownResource(string pointer, string segment) => new(
        "sta.unknown-resource",
        pointer,
        IssueSeverity.Error,
        IssueKind.NotFound,
        $"No resource '{segment}' here.",
        $"Aucune ressource « {segment} » ici.")
    {
        Value = segment,
    };

    /// <summary>The entity addressed, or one on its path, does not exist or is not visible to the caller.</summary>
    public static Issue EntityNotFound(string pointer) => new(
        "sta.entity-not-found",
        pointer,
        IssueSeverity.Error,
        IssueKind.NotFound,
        "No such entity.",
        "Cette entité n'existe pas.");

    /// <summary>A query option the server parses but does not serve yet.</summary>
    public static Issue OptionNotImplemented(string pointer, string option) => new(
        "sta.option-not-implemented",
        pointer,
        IssueSeverity.Error,
        IssueKind.NotImplemented,
        $"The query option {option} is not served in this form.",
        $"L'option de requête {option} n'est pas servie sous cette forme.")
    {
        Value = option,
    };

    /// <summary>A <c>$select</c>, <c>$orderby</c> or <c>$expand</c> name the entity type does not have.</summary>
    public static Issue UnknownProperty(string pointer, string entityType, string name) => new(
        "sta.unknown-property",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"{entityType} has no property '{name}'.",
        $"{entityType} n'a pas de propriété « {name} ».")
    {
        Value = name,
    };

    /// <summary>The request body is not a JSON object, or a property has the wrong JSON type or form.</summary>
    public static Issue InvalidValue(string pointer, string expected) => new(
        "sta.invalid-value",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"Invalid value; expected {expected}.",
        $"Valeur invalide ; attendu : {expected}.")
    {
        Expected = expected,
    };

    /// <summary>A mandatory property or relation of a new entity is missing.</summary>
    public static Issue MissingProperty(string pointer, string name) => new(
        "sta.missing-property",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"The property '{name}' is required.",
        $"La propriété « {name} » est obligatoire.")
    {
        Value = name,
    };

    /// <summary>A property that cannot be set (unknown, computed, or the id of a new entity).</summary>
    public static Issue ReadOnlyProperty(string pointer, string name) => new(
        "sta.read-only-property",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"The property '{name}' cannot be set here.",
        $"La propriété « {name} » ne peut pas être fixée ici.")
    {
        Value = name,
    };

    /// <summary>A link (<c>{"@iot.id": n}</c>) to an entity that does not exist or is not the caller's.</summary>
    public static Issue LinkedEntityNotFound(string pointer, string entityType) => new(
        "sta.linked-entity-not-found",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"The {entityType} linked does not exist.",
        $"L'entité liée ({entityType}) n'existe pas.");

    /// <summary>An Observation without FeatureOfInterest whose Thing has no Location to derive one from.</summary>
    public static Issue NoFeatureOfInterest(string pointer) => new(
        "sta.no-feature-of-interest",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        "The observation has no FeatureOfInterest and its Thing has no Location to derive one from.",
        "L'observation n'a pas de FeatureOfInterest et son Thing n'a pas de Location dont le déduire.");

    /// <summary>Writing needs an authenticated caller; this one sent no valid credentials.</summary>
    public static Issue AuthenticationRequired() => new(
        "sta.authentication-required",
        "/",
        IssueSeverity.Error,
        IssueKind.Unauthenticated,
        "Writing needs a bearer token.",
        "L'écriture demande un jeton d'accès.");

    /// <summary>Writing needs an authenticated caller of a tenant, with the write right.</summary>
    public static Issue WriteNotAllowed() => new(
        "sta.write-not-allowed",
        "/",
        IssueSeverity.Error,
        IssueKind.Forbidden,
        "Writing needs a token of a tenant with the write scope.",
        "L'écriture demande un jeton d'un territoire avec le droit d'écriture.");

    /// <summary>The method cannot be applied to this resource (a POST to one entity, a PATCH to a collection…).</summary>
    public static Issue MethodNotApplicable(string pointer, string method) => new(
        "sta.method-not-applicable",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"{method} does not apply to this resource.",
        $"{method} ne s'applique pas à cette ressource.")
    {
        Value = method,
    };

    /// <summary>A JSON Patch document (RFC 6902) that is malformed or names a path that is not there.</summary>
    public static Issue InvalidPatch(string pointer, string reason) => new(
        "sta.invalid-patch",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"Invalid JSON Patch operation: {reason}.",
        $"Opération JSON Patch invalide : {reason}.")
    {
        Value = reason,
    };

    /// <summary>A JSON Patch <c>test</c> operation whose value differs from the entity's (RFC 5789 §2.2: 409).</summary>
    public static Issue PatchTestFailed(string pointer) => new(
        "sta.patch-test-failed",
        pointer,
        IssueSeverity.Error,
        IssueKind.Conflict,
        "A JSON Patch test operation failed; nothing was changed.",
        "Une opération test du JSON Patch a échoué ; rien n'a été modifié.");
}
