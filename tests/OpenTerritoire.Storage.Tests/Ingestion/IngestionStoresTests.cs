using System.Text;
using System.Text.Json;
using OpenTerritoire.Core.Catalog;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Ingestion;
using OpenTerritoire.Storage.Catalog;
using OpenTerritoire.Storage.Ingestion;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Ingestion;

/// <summary>Round trips of feeds, devices, the raw archive and datasets, and their tenant scoping.</summary>
public sealed class IngestionStoresTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private readonly Seeder seed = new(database.DataSource);

    [Fact]
    public async Task FeedStore_AppendAsync_RoundTripsAndScopes()
    {
        var tenant = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var store = new FeedStore(database.DataSource);
        var feed = new Feed(FeedId.New(), tenant.Id, "TTN parking", FeedKind.TtnV3,
            JsonDocument.Parse("""{"trustDecodedPayload": true}""").RootElement, "sha256:abc", default);

        await store.AppendAsync(tenant.Id, feed, CancellationToken.None);
        var found = await store.FindAsync(tenant.Id, feed.Id, CancellationToken.None);

        Assert.Equal((feed.Id, FeedKind.TtnV3, "sha256:abc"), (found!.Id, found.Kind, found.TokenHash));
        Assert.True(found.Settings!.Value.GetProperty("trustDecodedPayload").GetBoolean());
        Assert.Null(await store.FindAsync(other.Id, feed.Id, CancellationToken.None));
        Assert.Equal(tenant.Id, (await store.FindForIngestionAsync(feed.Id, CancellationToken.None))!.TenantId);
        Assert.Empty(await store.ListAsync(other.Id, CancellationToken.None));
    }

    [Fact]
    public async Task DeviceStore_AppendAsync_FindsByDevEuiWithinTenantOnly()
    {
        var tenant = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var datastream = await seed.DatastreamAsync(tenant.Id);
        Assert.True(DevEui.TryParse("70-b3-d5-7e-d0-05-a1-b2", out var devEui));
        var store = new DeviceStore(database.DataSource);

        var device = await store.AppendAsync(
            tenant.Id,
            new Device(default, tenant.Id, null, devEui, null, "nwave/nps405", datastream.ThingId, datastream.SensorId, default),
            CancellationToken.None);

        Assert.Equal(device.Id, (await store.FindByDevEuiAsync(tenant.Id, devEui, CancellationToken.None))!.Id);
        Assert.Equal("70B3D57ED005A1B2", device.DevEui!.Value.Value);
        Assert.Equal(datastream.ThingId, device.ThingId);
        Assert.Null(await store.FindByDevEuiAsync(other.Id, devEui, CancellationToken.None));
        Assert.Null(await store.FindAsync(other.Id, device.Id, CancellationToken.None));
    }

    [Fact]
    public async Task RawArchiveStore_AppendAsync_KeepsBytesExactly()
    {
        var tenant = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var store = new RawArchiveStore(database.DataSource);
        byte[] payload = [0x00, 0xFF, .. Encoding.UTF8.GetBytes("{\"é\": 1}"), 0xC3];
        var received = new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.Zero);

        var archived = await store.AppendAsync(
            tenant.Id,
            new RawMessage(default, tenant.Id, null, received, "webhook", "application/json", payload, "ttn:abc:12",
                RawMessageStatus.Received, null),
            CancellationToken.None);
        await store.UpdateStatusAsync(
            tenant.Id, archived.Id, RawMessageStatus.Quarantined,
            JsonDocument.Parse("""{"valid": false}""").RootElement, CancellationToken.None);
        var found = await store.FindAsync(tenant.Id, archived.Id, CancellationToken.None);

        Assert.Equal(payload, found!.Payload.ToArray());
        Assert.Equal(received, found.ReceivedAt);
        Assert.Equal(RawMessageStatus.Quarantined, found.Status);
        Assert.False(found.Report!.Value.GetProperty("valid").GetBoolean());
        Assert.Null(await store.FindAsync(other.Id, archived.Id, CancellationToken.None));
    }

    [Fact]
    public async Task RawArchiveStore_ListByFeedAsync_FiltersByStatusNewestFirst()
    {
        var tenant = await seed.TenantAsync();
        var feed = await new FeedStore(database.DataSource).AppendAsync(
            tenant.Id, new Feed(FeedId.New(), tenant.Id, "csv", FeedKind.Csv, null, "h", default), CancellationToken.None);
        var store = new RawArchiveStore(database.DataSource);
        var t0 = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var (offset, status) in new[] { (0, RawMessageStatus.Accepted), (1, RawMessageStatus.Quarantined), (2, RawMessageStatus.Quarantined) })
        {
            await store.AppendAsync(
                tenant.Id,
                new RawMessage(default, tenant.Id, feed.Id, t0.AddMinutes(offset), "file", "text/csv", "a;b"u8.ToArray(), null, status, null),
                CancellationToken.None);
        }

        var quarantined = await store.ListByFeedAsync(tenant.Id, feed.Id, RawMessageStatus.Quarantined, 10, CancellationToken.None);

        Assert.Equal([t0.AddMinutes(2), t0.AddMinutes(1)], quarantined.Select(m => m.ReceivedAt));
    }

    [Fact]
    public async Task DatasetStore_AppendAsync_RoundTripsWithDefaultsAndScopes()
    {
        var tenant = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var store = new DatasetStore(database.DataSource);

        var dataset = await store.AppendAsync(
            tenant.Id,
            new Dataset(default, tenant.Id, "qualite-air", "Qualité de l'air", "Mesures horaires", "etalab-2.0",
                PublicationState.Approved, default, default),
            CancellationToken.None);

        var found = await store.FindAsync(tenant.Id, dataset.Id, CancellationToken.None);
        Assert.Equal(("qualite-air", PublicationState.Approved), (found!.Slug, found.Publication));
        Assert.True(found.CreatedAt > DateTimeOffset.UnixEpoch);
        Assert.Null(await store.FindAsync(other.Id, dataset.Id, CancellationToken.None));
        Assert.Empty(await store.ListAsync(other.Id, CancellationToken.None));
    }

    [Fact]
    public async Task DatasetStore_LinkDatastreamAsync_OwnOnly()
    {
        var tenant = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var own = await seed.DatastreamAsync(tenant.Id);
        var foreign = await seed.DatastreamAsync(other.Id);
        var store = new DatasetStore(database.DataSource);
        var dataset = await store.AppendAsync(
            tenant.Id,
            new Dataset(default, tenant.Id, "meteo", "Météo", "", "etalab-2.0", PublicationState.Draft, default, default),
            CancellationToken.None);

        Assert.True(await store.LinkDatastreamAsync(tenant.Id, dataset.Id, own.Id, CancellationToken.None));
        Assert.False(await store.LinkDatastreamAsync(tenant.Id, dataset.Id, foreign.Id, CancellationToken.None));
        Assert.False(await store.LinkDatastreamAsync(other.Id, dataset.Id, foreign.Id, CancellationToken.None));
        Assert.Equal([own.Id], await store.ListDatastreamsAsync(tenant.Id, dataset.Id, CancellationToken.None));
        Assert.Empty(await store.ListDatastreamsAsync(other.Id, dataset.Id, CancellationToken.None));
    }
}
