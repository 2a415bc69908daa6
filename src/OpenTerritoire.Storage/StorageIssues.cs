using OpenTerritoire.Core;

namespace OpenTerritoire.Storage;

/// <summary>The catalogue of issues raised by the stores.</summary>
public static class StorageIssues
{
    /// <summary>A referenced entity does not exist or belongs to another tenant (both answer the same).</summary>
    public static Issue RelatedEntityNotFound(string pointer, string entity) => new(
        "store.related-not-found",
        pointer,
        IssueSeverity.Error,
        IssueKind.NotFound,
        $"The {entity} referenced does not exist.",
        $"L'entité référencée ({entity}) n'existe pas.");

    /// <summary>A second observation for the same datastream and phenomenon time, under the reject policy.</summary>
    public static Issue DuplicateObservation(string pointer, string datastream, DateTimeOffset phenomenonTime) => new(
        "store.duplicate-observation",
        pointer,
        IssueSeverity.Error,
        IssueKind.Conflict,
        $"Datastream {datastream} already has an observation at {phenomenonTime:O}.",
        $"Le flux {datastream} a déjà une observation à {phenomenonTime:O}.")
    {
        Value = phenomenonTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        HintEn = "Send each phenomenon time once, or set the datastream's duplicate policy to keep-first or replace.",
        HintFr = "Envoyez chaque instant une seule fois, ou choisissez la politique keep-first ou replace pour ce flux.",
    };

    /// <summary>The database or the write queue cannot take the request now; nothing was stored.</summary>
    public static Issue Unavailable(string reason) => new(
        "store.unavailable",
        "/",
        IssueSeverity.Error,
        IssueKind.Unavailable,
        $"The hub cannot store this now ({reason}); nothing was stored. Retry later.",
        $"Le hub ne peut pas enregistrer maintenant ({reason}) ; rien n'a été enregistré. Réessayez plus tard.");

    /// <summary>A device model id the tenant already registered.</summary>
    public static Issue DuplicateModel(string pointer, string model) => new(
        "store.duplicate-model",
        pointer,
        IssueSeverity.Error,
        IssueKind.Conflict,
        $"The device model '{model}' is already registered.",
        $"Le modèle d'équipement « {model} » est déjà enregistré.")
    {
        Value = model,
    };

    /// <summary>A DevEUI or vendor id the tenant already registered.</summary>
    public static Issue DuplicateDevice(string pointer, string identifier) => new(
        "store.duplicate-device",
        pointer,
        IssueSeverity.Error,
        IssueKind.Conflict,
        $"A device '{identifier}' is already registered.",
        $"Un équipement « {identifier} » est déjà enregistré.")
    {
        Value = identifier,
    };
}
