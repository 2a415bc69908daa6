using System.Globalization;

namespace OpenTerritoire.Core.Registers;

/// <summary>The catalogue of issues of the transparency registers (<c>register.*</c>).</summary>
public static class RegisterIssues
{
    /// <summary>The request body is not a JSON object with a <c>document</c> object.</summary>
    public static Issue MalformedRequest(string pointer, string detailEn, string detailFr) => new(
        "register.malformed-request",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"The request is not a register write: {detailEn}.",
        $"La requête n'est pas une écriture de registre : {detailFr}.")
    {
        HintEn = """Send {"document": {…the record…}, "reviewDate"?, "activeUntil"?, "doNotShowAfter"?} as JSON.""",
        HintFr = """Envoyez {"document": {…la fiche…}, "reviewDate"?, "activeUntil"?, "doNotShowAfter"?} en JSON.""",
    };

    /// <summary>No record of this kind with this id for the caller's tenant (or not public).</summary>
    public static Issue RecordNotFound(string id) => new(
        "register.not-found",
        string.Empty,
        IssueSeverity.Error,
        IssueKind.NotFound,
        $"There is no register record {id}.",
        $"Il n'existe pas de fiche {id} dans le registre.")
    {
        Value = id,
    };

    /// <summary>The record has no such version.</summary>
    public static Issue VersionNotFound(int version) => new(
        "register.version-not-found",
        string.Empty,
        IssueSeverity.Error,
        IssueKind.NotFound,
        $"The record has no version {version}.",
        $"La fiche n'a pas de version {version}.")
    {
        Value = version.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The tenant already has a record of this kind with this <c>id</c>.</summary>
    public static Issue DuplicateSlug(string slug) => new(
        "register.duplicate-id",
        "/document/id",
        IssueSeverity.Error,
        IssueKind.Conflict,
        $"A record with id '{slug}' already exists; update it instead.",
        $"Une fiche d'identifiant « {slug} » existe déjà ; mettez-la à jour.")
    {
        Value = slug,
    };

    /// <summary>An update tried to change the document's <c>id</c>, which is the record's stable identity.</summary>
    public static Issue SlugChanged(string expected, string found) => new(
        "register.id-changed",
        "/document/id",
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"The record id cannot change (it is '{expected}').",
        $"L'identifiant de la fiche ne peut pas changer (c'est « {expected} »).")
    {
        Value = found,
        Expected = expected,
    };

    /// <summary>A lifecycle move the register does not allow.</summary>
    public static Issue TransitionNotAllowed(RecordLifecycle current, RecordLifecycle target) => new(
        "register.transition-not-allowed",
        string.Empty,
        IssueSeverity.Error,
        IssueKind.Conflict,
        $"A {RecordLifecycleNames.ToName(current)} record cannot become {RecordLifecycleNames.ToName(target)}.",
        $"Une fiche à l'état {RecordLifecycleNames.ToName(current)} ne peut pas passer à l'état {RecordLifecycleNames.ToName(target)}.")
    {
        Value = RecordLifecycleNames.ToName(current),
        Expected = "draft → published → retired → published",
    };

    /// <summary>A link this kind of record cannot have.</summary>
    public static Issue LinkNotAllowed(RegisterKind kind, RegisterLink link) => new(
        "register.link-not-allowed",
        "/target",
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"A {RegisterKindNames.ToName(kind)} record cannot have a '{RegisterLinkNames.ToName(link.Role)}' link to a {RegisterLinkNames.ToName(link.Target)}.",
        $"Une fiche {(kind == RegisterKind.Sensor ? "capteur" : "algorithme")} ne peut pas avoir de lien « {RegisterLinkNames.ToName(link.Role)} » vers un(e) {RegisterLinkNames.ToName(link.Target)}.")
    {
        HintEn = "Sensor records describe things, sensors and datastreams; algorithm records take datastreams, datasets "
            + "and sensor records as input and datasets as output.",
        HintFr = "Une fiche capteur décrit des objets, capteurs et flux ; une fiche algorithme a pour entrées des flux, "
            + "jeux de données et fiches capteur, et pour sorties des jeux de données.",
    };

    /// <summary>The link's target does not exist for the tenant (or is a record of the wrong kind).</summary>
    public static Issue LinkTargetNotFound(RegisterLink link) => new(
        "register.link-target-not-found",
        "/targetId",
        IssueSeverity.Error,
        IssueKind.NotFound,
        $"There is no {RegisterLinkNames.ToName(link.Target)} {link.TargetId} to link to.",
        $"Il n'existe pas de {RegisterLinkNames.ToName(link.Target)} {link.TargetId} à lier.")
    {
        Value = link.TargetId.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A query parameter of a register listing cannot be read.</summary>
    public static Issue BadFilter(string name, string value, string expected) => new(
        "register.bad-filter",
        name,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"The filter '{name}' cannot be '{value}'.",
        $"Le filtre « {name} » ne peut pas valoir « {value} ».")
    {
        Value = value,
        Expected = expected,
    };

    /// <summary>A citizen report that cannot be taken: unknown kind, empty or overlong message, nothing to attach it to.</summary>
    public static Issue BadReport(string pointer, string detailEn, string detailFr) => new(
        "register.bad-report",
        pointer,
        IssueSeverity.Error,
        IssueKind.Invalid,
        $"The report cannot be taken: {detailEn}.",
        $"Le signalement ne peut pas être pris en compte : {detailFr}.")
    {
        HintEn = """Send {"kind": "problem|removal-request|unregistered-sensor", "message": "…", "recordId" or "tenant", "longitude"?, "latitude"?}; no personal data is needed.""",
        HintFr = """Envoyez {"kind": "problem|removal-request|unregistered-sensor", "message": "…", "recordId" ou "tenant", "longitude"?, "latitude"?} ; aucune donnée personnelle n'est nécessaire.""",
    };
}
