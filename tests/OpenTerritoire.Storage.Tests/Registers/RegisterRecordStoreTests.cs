using Dapper;
using Npgsql;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Storage.Registers;
using OpenTerritoire.Testing.Builders;
using OpenTerritoire.Testing.Database;

namespace OpenTerritoire.Storage.Tests.Registers;

/// <summary>Records, their append-only versions, the lifecycle and tenant scoping.</summary>
public sealed class RegisterRecordStoreTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    private readonly Seeder seed = new(database.DataSource);
    private readonly RegisterRecordStore store = new(database.DataSource);

    [Fact]
    public async Task AppendAsync_NewSensor_IsDraftVersionOneWithIndexedFacts()
    {
        var tenant = await seed.TenantAsync();
        var write = new RegisterDocumentBuilder(RegisterKind.Sensor).BuildWrite();

        var record = (await store.AppendAsync(tenant.Id, write, Now, CancellationToken.None)).Value;

        Assert.Equal(RecordLifecycle.Draft, record.Lifecycle);
        Assert.Equal(1, record.CurrentVersion);
        Assert.Equal(write.Slug, record.Slug);
        Assert.Equal(["parking", "mobility"], record.Themes);
        Assert.False(record.PersonalData);
        Assert.Equal(new DateOnly(2027, 9, 15), record.Dates.ReviewDate);
        Assert.Equal(-1.55568, record.Location!.X, 5);
    }

    [Fact]
    public async Task AppendAsync_SameIdTwice_ReturnsDuplicateId()
    {
        var tenant = await seed.TenantAsync();
        var write = new RegisterDocumentBuilder(RegisterKind.Sensor).BuildWrite();
        await store.AppendAsync(tenant.Id, write, Now, CancellationToken.None);

        var second = await store.AppendAsync(tenant.Id, write, Now, CancellationToken.None);

        Assert.Equal("register.duplicate-id", Assert.Single(second.Issues).Code);
    }

    [Fact]
    public async Task AppendVersionAsync_Update_KeepsHistory()
    {
        var tenant = await seed.TenantAsync();
        var builder = new RegisterDocumentBuilder(RegisterKind.Sensor);
        var record = (await store.AppendAsync(tenant.Id, builder.BuildWrite(), Now, CancellationToken.None)).Value;

        var updated = (await store.AppendVersionAsync(
            tenant.Id, record.Id, builder.With("name", "Capteur renommé").BuildWrite(), Now.AddDays(1), CancellationToken.None)).Value;
        var versions = await store.ListVersionsAsync(tenant.Id, RegisterKind.Sensor, record.Id, CancellationToken.None);

        Assert.Equal(2, updated.CurrentVersion);
        Assert.Equal("Capteur renommé", updated.Document.GetProperty("name").GetString());
        Assert.Equal([1, 2], versions.Select(version => version.Version));
        Assert.NotEqual("Capteur renommé", versions[0].Document.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Versions_UpdateInDatabase_IsRefused()
    {
        var tenant = await seed.TenantAsync();
        var record = (await store.AppendAsync(
            tenant.Id, new RegisterDocumentBuilder(RegisterKind.Sensor).BuildWrite(), Now, CancellationToken.None)).Value;
        await using var connection = await database.DataSource.OpenConnectionAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "UPDATE register_record_versions SET author = 'someone else' WHERE record_id = @Id", new { Id = record.Id.Value }));

        Assert.Equal(PostgresErrorCodes.RestrictViolation, refused.SqlState);
    }

    [Fact]
    public async Task AppendVersionAsync_ChangedId_ReturnsIdChanged()
    {
        var tenant = await seed.TenantAsync();
        var builder = new RegisterDocumentBuilder(RegisterKind.Sensor);
        var record = (await store.AppendAsync(tenant.Id, builder.BuildWrite(), Now, CancellationToken.None)).Value;

        var result = await store.AppendVersionAsync(
            tenant.Id, record.Id, builder.WithSlug("autre-identifiant").BuildWrite(), Now, CancellationToken.None);

        Assert.Equal("register.id-changed", Assert.Single(result.Issues).Code);
    }

    [Theory]
    [InlineData(RecordLifecycle.Published, true)]
    [InlineData(RecordLifecycle.Retired, true)]
    [InlineData(RecordLifecycle.Draft, false)]
    public async Task SetLifecycleAsync_FromDraft_FollowsRules(RecordLifecycle target, bool allowed)
    {
        var tenant = await seed.TenantAsync();
        var record = (await store.AppendAsync(
            tenant.Id, new RegisterDocumentBuilder(RegisterKind.Algorithm).BuildWrite(), Now, CancellationToken.None)).Value;

        var result = await store.SetLifecycleAsync(tenant.Id, RegisterKind.Algorithm, record.Id, target, Now, CancellationToken.None);

        Assert.Equal(allowed, result.IsSuccess);
        if (!allowed)
        {
            Assert.Equal("register.transition-not-allowed", Assert.Single(result.Issues).Code);
        }
    }

    [Fact]
    public async Task FindAsync_OtherTenantsRecord_ReturnsNothing()
    {
        var owner = await seed.TenantAsync();
        var other = await seed.TenantAsync();
        var record = (await store.AppendAsync(
            owner.Id, new RegisterDocumentBuilder(RegisterKind.Sensor).BuildWrite(), Now, CancellationToken.None)).Value;

        Assert.Null(await store.FindAsync(other.Id, RegisterKind.Sensor, record.Id, CancellationToken.None));
        Assert.False((await store.AppendVersionAsync(
            other.Id, record.Id, new RegisterDocumentBuilder(RegisterKind.Sensor).BuildWrite(), Now, CancellationToken.None)).IsSuccess);
        Assert.Empty(await store.ListVersionsAsync(other.Id, RegisterKind.Sensor, record.Id, CancellationToken.None));
    }

    [Fact]
    public async Task PublishedRegister_DraftHiddenAndPastDoNotShowAfter_AreNotPublic()
    {
        var tenant = await seed.TenantAsync();
        var today = new DateOnly(2026, 5, 4);
        var draft = (await store.AppendAsync(
            tenant.Id, new RegisterDocumentBuilder(RegisterKind.Sensor).BuildWrite(), Now, CancellationToken.None)).Value;
        var hidden = await PublishAsync(tenant.Id, new RecordDates(null, null, today.AddDays(-1)));
        var shown = await PublishAsync(tenant.Id, new RecordDates(null, null, today));
        var published = new PublishedRegister(database.DataSource);

        var listed = await published.ListAsync(
            RegisterKind.Sensor, PublicRegisterFilter.Any with { TenantCode = tenant.Code }, today, CancellationToken.None);

        Assert.Equal([shown.Id], listed.Select(item => item.Record.Id));
        Assert.Null(await published.FindAsync(RegisterKind.Sensor, draft.Id, today, CancellationToken.None));
        Assert.Null(await published.FindAsync(RegisterKind.Sensor, hidden.Id, today, CancellationToken.None));
    }

    [Theory]
    [InlineData("parking", null, null, true)]
    [InlineData("water", null, null, false)]
    [InlineData(null, false, null, true)]
    [InlineData(null, true, null, false)]
    [InlineData(null, null, "active", true)]
    [InlineData(null, null, "removed", false)]
    public async Task PublishedRegister_Filters_SelectMatchingRecords(string? theme, bool? personal, string? status, bool listed)
    {
        var tenant = await seed.TenantAsync();
        await PublishAsync(tenant.Id, RecordDates.None);
        var filter = new PublicRegisterFilter(theme, personal, status, tenant.Code, null);

        var found = await new PublishedRegister(database.DataSource).ListAsync(
            RegisterKind.Sensor, filter, new DateOnly(2026, 5, 4), CancellationToken.None);

        Assert.Equal(listed, found.Count == 1);
    }

    [Theory]
    [InlineData(-1.6, 47.2, -1.5, 47.3, true)]
    [InlineData(2.2, 48.8, 2.4, 48.9, false)]
    public async Task PublishedRegister_BoundingBox_SelectsByPosition(
        double west, double south, double east, double north, bool listed)
    {
        var tenant = await seed.TenantAsync();
        await PublishAsync(tenant.Id, RecordDates.None);
        var filter = PublicRegisterFilter.Any with { TenantCode = tenant.Code, BoundingBox = [west, south, east, north] };

        var found = await new PublishedRegister(database.DataSource).ListAsync(
            RegisterKind.Sensor, filter, new DateOnly(2026, 5, 4), CancellationToken.None);

        Assert.Equal(listed, found.Count == 1);
    }

    private async Task<RegisterRecord> PublishAsync(Core.Tenancy.TenantId tenant, RecordDates dates)
    {
        var record = (await store.AppendAsync(
            tenant, new RegisterDocumentBuilder(RegisterKind.Sensor).BuildWrite(dates), Now, CancellationToken.None)).Value;
        return (await store.SetLifecycleAsync(
            tenant, RegisterKind.Sensor, record.Id, RecordLifecycle.Published, Now, CancellationToken.None)).Value;
    }
}
