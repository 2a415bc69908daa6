using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Adapters.Codecs;
using OpenTerritoire.Adapters.Envelopes;
using OpenTerritoire.Adapters.Mappings;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Schemas;
using OpenTerritoire.Schemas.Registry;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Adapters.Ingestion;

/// <summary>
/// The one path from a received message to what is stored: envelope → device → codec → record mapping → schema
/// validation → Datastream mapping. Webhooks, file deliveries, replays and the CLI all call it; it reads the device
/// registry but writes nothing, so the caller archives the outcome and its observations in one transaction.
/// </summary>
public sealed class IngestionPipeline(IDeviceDirectory directory, DeviceCodecs codecs, DocumentValidator validator)
{
    /// <summary>Runs one message of a (token-checked) feed through every stage; never throws on bad input.</summary>
    public async Task<IngestionOutcome> RunAsync(Feed feed, IngestionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(input);
        var settings = FeedSettings.Read(feed.Kind, feed.Settings);
        if (!settings.IsSuccess)
        {
            return Rejected(feed, input, null, settings.Issues);
        }

        if (feed.Kind == FeedKind.Csv)
        {
            return Rejected(feed, input, null, [IngestionIssues.FileFeed()]);
        }

        var reader = ReaderFor(feed.Kind, settings.Value);
        var read = reader.Read(input.Body, input.ContentType, new EnvelopeContext(input.ReceivedAt, input.EventType));
        if (!read.IsSuccess)
        {
            return Rejected(feed, input, null, read.Issues);
        }

        var envelope = read.Value;
        if (!envelope.CarriesData)
        {
            return new IngestionOutcome(Message(feed, input, envelope.NaturalKey, RawMessageStatus.Archived, null), [], [], []);
        }

        var run = new Run();
        for (var index = 0; index < envelope.Uplinks.Count; index++)
        {
            await UplinkAsync(feed, settings.Value, envelope.Uplinks[index], Pointer("/uplinks", index), run, cancellationToken);
        }

        foreach (var record in envelope.Records)
        {
            await RecordAsync(feed, settings.Value, record, run, cancellationToken);
        }

        if (run.Rejection.Count > 0)
        {
            return Rejected(feed, input, envelope.NaturalKey, run.Rejection);
        }

        var status = run.Quarantine.Count > 0 ? RawMessageStatus.Quarantined : RawMessageStatus.Accepted;
        var report = run.Quarantine.Count > 0 ? QuarantineReport.ToElement(run.Quarantine, run.Reports) : (JsonElement?)null;
        return new IngestionOutcome(
            Message(feed, input, envelope.NaturalKey, status, report), run.Observations, [], run.Quarantine);
    }

    private static IEnvelopeReader ReaderFor(FeedKind kind, FeedSettings settings) => kind switch
    {
        FeedKind.TtnV3 => new TtnV3EnvelopeReader(),
        FeedKind.ChirpStackV4 => new ChirpStackV4EnvelopeReader(),
        // Feed settings of a json feed always carry their paths (FeedSettings.Read refuses them otherwise).
        _ => new JsonEnvelopeReader(settings.JsonPaths!),
    };

    private async Task UplinkAsync(
        Feed feed, FeedSettings settings, Uplink uplink, string pointer, Run run, CancellationToken cancellationToken)
    {
        var device = await directory.FindDeviceAsync(feed.TenantId, uplink.DevEui, uplink.VendorDeviceId, cancellationToken);
        if (device is null)
        {
            run.Quarantine.Add(IngestionIssues.UnknownDevice(pointer, uplink.DevEui.Value));
            return;
        }

        var model = await ModelOfAsync(feed, settings, device, pointer, run, cancellationToken);
        if (model is null)
        {
            return;
        }

        var codec = settings.TrustNetworkDecoded && uplink.NetworkDecoded is { ValueKind: JsonValueKind.Object }
            ? Result.Success<IPayloadCodec>(NetworkDecodedCodec.Instance)
            : codecs.For(model);
        var decoded = codec.IsSuccess
            ? codec.Value.Decode(new CodecInput(uplink.FPort, uplink.Payload, uplink.ReceivedAt, uplink.NetworkDecoded))
            : Result.Failure<DecodedFields>(codec.Issues);
        if (!decoded.IsSuccess)
        {
            // A payload its codec cannot read is bad input: the sender hears why (4xx), the archive keeps it.
            run.Rejection.AddRange(decoded.Issues);
            return;
        }

        await MapAsync(feed, device, model, decoded.Value.Data, uplink.ReceivedAt, pointer, run, cancellationToken);
    }

    private async Task RecordAsync(
        Feed feed, FeedSettings settings, VendorRecord record, Run run, CancellationToken cancellationToken)
    {
        var device = await directory.FindDeviceAsync(feed.TenantId, null, record.DeviceId, cancellationToken);
        if (device is null)
        {
            run.Quarantine.Add(IngestionIssues.UnknownDevice(record.Pointer, record.DeviceId));
            return;
        }

        var model = await ModelOfAsync(feed, settings, device, record.Pointer, run, cancellationToken);
        if (model is null)
        {
            return;
        }

        var fields = new JsonObject();
        foreach (var (name, value) in record.Fields)
        {
            fields[name] = JsonNode.Parse(value.GetRawText());
        }

        await MapAsync(
            feed, device, model, JsonSerializer.SerializeToElement(fields), record.Time, record.Pointer, run, cancellationToken);
    }

    private async Task<DeviceModel?> ModelOfAsync(
        Feed feed, FeedSettings settings, Device device, string pointer, Run run, CancellationToken cancellationToken)
    {
        var name = device.Model ?? settings.DefaultModel ?? string.Empty;
        var model = await directory.FindModelAsync(feed.TenantId, name, cancellationToken);
        if (model is null)
        {
            run.Quarantine.Add(IngestionIssues.UnknownModel(pointer, name));
        }

        return model;
    }

    private async Task MapAsync(
        Feed feed, Device device, DeviceModel model, JsonElement decoded, DateTimeOffset receivedAt, string pointer,
        Run run, CancellationToken cancellationToken)
    {
        var mapping = RecordMappingParser.Parse(model.Mapping);
        var record = mapping.IsSuccess
            ? mapping.Value.Map(decoded, device.DevEui?.Value ?? device.VendorDeviceId, receivedAt)
            : Result.Failure<JsonElement>(mapping.Issues);
        if (!record.IsSuccess)
        {
            run.Quarantine.AddRange(record.Issues.Select(issue => issue with { Pointer = pointer + issue.Pointer }));
            return;
        }

        var schema = new SchemaRef(mapping.Value.SchemaId, mapping.Value.SchemaVersion);
        var report = validator.ValidateRecord(schema, record.Value);
        if (!report.Valid)
        {
            run.Quarantine.Add(IngestionIssues.InvalidRecord(pointer, schema.ToString(), report.Stats.Errors));
            run.Reports.Add(report);
            return;
        }

        var bindings = device.ThingId is { } thing
            ? (await directory.ListDatastreamsAsync(feed.TenantId, thing, cancellationToken))
                .Where(datastream => datastream.Schema is { } bound
                    && string.Equals(bound.SchemaId, schema.Id, StringComparison.Ordinal))
                .Select(datastream => new DatastreamBinding(datastream.Schema!.Property, datastream.Id)) // filtered above
                .ToList()
            : [];
        if (bindings.Count == 0)
        {
            run.Quarantine.Add(IngestionIssues.NoDatastream(pointer, schema.ToString()));
            return;
        }

        run.Observations.AddRange(DatastreamMapping.Map(record.Value, bindings));
    }

    private static IngestionOutcome Rejected(Feed feed, IngestionInput input, string? naturalKey, IReadOnlyList<Issue> issues) =>
        new(
            Message(feed, input, naturalKey, RawMessageStatus.Quarantined, QuarantineReport.ToElement(issues, [])),
            [],
            issues,
            []);

    private static RawMessage Message(
        Feed feed, IngestionInput input, string? naturalKey, RawMessageStatus status, JsonElement? report) =>
        new(default, feed.TenantId, feed.Id, input.ReceivedAt, input.Source, input.ContentType, input.Body, naturalKey,
            status, report);

    private static string Pointer(string prefix, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}/{index}");

    private sealed class Run
    {
        public List<NewObservation> Observations { get; } = [];

        public List<Issue> Rejection { get; } = [];

        public List<Issue> Quarantine { get; } = [];

        public List<ValidationReport> Reports { get; } = [];
    }
}
