using System.Globalization;
using OpenTerritoire.Core;

namespace OpenTerritoire.Adapters.Ingestion;

/// <summary>The catalogue of ingestion-stage issues (feeds, devices, models): one factory per kind, both texts.</summary>
public static class IngestionIssues
{
    public const string UnknownDeviceCode = "ingest.unknown-device";

    /// <summary>A message from a device the tenant has not registered: quarantined until a DSI assigns it.</summary>
    public static Issue UnknownDevice(string pointer, string identifier) => new(
        UnknownDeviceCode, pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"No device '{identifier}' is registered for this tenant.",
        $"Aucun équipement « {identifier} » n'est enregistré pour ce territoire.")
    {
        Value = identifier,
        HintEn = "Register the device (POST /api/devices), then replay the feed's quarantine.",
        HintFr = "Enregistrez l'équipement (POST /api/devices), puis rejouez la quarantaine du flux.",
    };

    public static Issue UnknownModel(string pointer, string model) => new(
        "ingest.unknown-model", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The device model '{model}' is not registered.",
        $"Le modèle d'équipement « {model} » n'est pas enregistré.")
    {
        Value = model,
        HintEn = "Register the model with its codec and mapping (POST /api/codecs).",
        HintFr = "Enregistrez le modèle avec son décodeur et sa correspondance (POST /api/codecs).",
    };

    public static Issue NoBuiltInCodec(string pointer, string model, string known) => new(
        "ingest.no-builtin-codec", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The hub ships no codec for the model '{model}'.",
        $"Le hub ne fournit pas de décodeur pour le modèle « {model} ».")
    {
        Value = model,
        Expected = known,
    };

    public static Issue MissingCodecSource(string pointer) => new(
        "ingest.missing-codec-source", pointer, IssueSeverity.Error, IssueKind.Invalid,
        "This codec kind needs its source (a byte layout or a JavaScript decodeUplink).",
        "Ce type de décodeur exige sa source (une description d'octets ou un decodeUplink JavaScript).");

    public static Issue NoDatastream(string pointer, string schema) => new(
        "ingest.no-datastream", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The device's Thing has no Datastream bound to the schema {schema}.",
        $"L'objet de l'équipement n'a aucun flux lié au schéma {schema}.")
    {
        Value = schema,
    };

    public static Issue InvalidRecord(string pointer, string schema, long errors) => new(
        "ingest.invalid-record", pointer, IssueSeverity.Error, IssueKind.Invalid,
        string.Create(CultureInfo.InvariantCulture, $"The record does not conform to {schema} ({errors} errors); see the report."),
        string.Create(CultureInfo.InvariantCulture, $"L'enregistrement n'est pas conforme à {schema} ({errors} erreurs) ; voir le rapport."))
    {
        Value = schema,
    };

    public static Issue BadSettings(string pointer, string detailEn, string detailFr) => new(
        "ingest.bad-settings", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The feed settings are invalid: {detailEn}.", $"Les réglages du flux sont invalides : {detailFr}.");

    public static Issue UnknownFeed(string feedId) => new(
        "ingest.unknown-feed", "/feedId", IssueSeverity.Error, IssueKind.NotFound,
        $"No feed has the id '{feedId}'.", $"Aucun flux ne porte l'identifiant « {feedId} ».")
    {
        Value = feedId,
    };

    public static Issue WrongToken() => new(
        "ingest.wrong-token", "header:Authorization", IssueSeverity.Error, IssueKind.Unauthenticated,
        "The bearer token is missing or is not this feed's token.",
        "Le jeton porteur est absent ou n'est pas celui de ce flux.")
    {
        HintEn = "Send 'Authorization: Bearer <token>' with the token shown when the feed was created.",
        HintFr = "Envoyez « Authorization: Bearer <jeton> » avec le jeton affiché à la création du flux.",
    };

    public static Issue TooLarge(long limit) => new(
        "ingest.too-large", string.Empty, IssueSeverity.Error, IssueKind.TooLarge,
        string.Create(CultureInfo.InvariantCulture, $"The body is larger than the {limit} bytes a message may have."),
        string.Create(CultureInfo.InvariantCulture, $"Le corps dépasse les {limit} octets permis pour un message."))
    {
        Expected = limit.ToString(CultureInfo.InvariantCulture),
    };

    public static Issue NotTabular(string kind) => new(
        "ingest.not-a-file-feed", "/feedId", IssueSeverity.Error, IssueKind.Invalid,
        $"File deliveries go to a 'csv' feed; this feed is '{kind}'.",
        $"Les dépôts de fichiers vont à un flux « csv » ; ce flux est « {kind} ».")
    {
        Value = kind,
        Expected = "csv",
    };

    /// <summary>A management request with a missing or malformed member.</summary>
    public static Issue BadRequest(string pointer, string detailEn, string detailFr) => new(
        "ingest.bad-request", pointer, IssueSeverity.Error, IssueKind.Invalid,
        $"The request is invalid: {detailEn}.", $"La requête est invalide : {detailFr}.");

    public static Issue UnknownFeedKind(string? kind, string known) => new(
        "ingest.unknown-feed-kind", "/kind", IssueSeverity.Error, IssueKind.Invalid,
        $"'{kind}' is not a feed kind.", $"« {kind} » n'est pas un type de flux.")
    {
        Value = kind,
        Expected = known,
    };

    public static Issue UnknownCodecKind(string? kind, string known) => new(
        "ingest.unknown-codec-kind", "/kind", IssueSeverity.Error, IssueKind.Invalid,
        $"'{kind}' is not a codec kind.", $"« {kind} » n'est pas un type de décodeur.")
    {
        Value = kind,
        Expected = known,
    };

    public static Issue FeedNotFound(string feedId) => UnknownFeed(feedId) with { Pointer = "/id" };

    public static Issue DeviceNotFound(string deviceId) => new(
        "ingest.unknown-device-id", "/id", IssueSeverity.Error, IssueKind.NotFound,
        $"No active device has the id '{deviceId}'.", $"Aucun équipement actif ne porte l'identifiant « {deviceId} ».")
    {
        Value = deviceId,
    };

    /// <summary>A message posted to a csv feed's webhook: its data arrives as files.</summary>
    public static Issue FileFeed() => new(
        "ingest.file-feed", "/feedId", IssueSeverity.Error, IssueKind.Invalid,
        "This csv feed receives files: post them to /ingest/{feedId}/files.",
        "Ce flux csv reçoit des fichiers : déposez-les sur /ingest/{feedId}/files.");
}
