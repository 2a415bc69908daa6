using Npgsql;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Core.Sensing;
using OpenTerritoire.Core.Tenancy;
using OpenTerritoire.Storage.Identity;
using OpenTerritoire.Storage.Sensing;
using OpenTerritoire.Storage.Tenancy;
using OpenTerritoire.Testing.Builders;

namespace OpenTerritoire.Testing.Database;

/// <summary>Inserts the rows a test needs through the real stores, each call with fresh, unique rows.</summary>
public sealed class Seeder(NpgsqlDataSource dataSource)
{
    public async Task<Tenant> TenantAsync(TenantBuilder? builder = null) =>
        await new TenantStore(dataSource).AppendAsync((builder ?? new TenantBuilder()).Build(), CancellationToken.None);

    /// <summary>An API token of the tenant with these scopes, expiring in a day unless told otherwise.</summary>
    public async Task<IssuedApiToken> TokenAsync(TenantId tenant, params TokenScope[] scopes) =>
        await TokenAsync(tenant, DateTimeOffset.UtcNow.AddDays(1), scopes);

    public async Task<IssuedApiToken> TokenAsync(TenantId tenant, DateTimeOffset? expiresAt, params TokenScope[] scopes) =>
        await new ApiTokenStore(dataSource).CreateAsync(
            tenant, new NewApiToken("test token", ApiTokenKind.Application, scopes, expiresAt, "test"), CancellationToken.None);

    /// <summary>A tenant-less platform admin token, as the bootstrap makes.</summary>
    public async Task<ApiTokenSecret> PlatformTokenAsync()
    {
        var secret = ApiTokenSecret.Generate();
        await new ApiTokenStore(dataSource).EnsurePlatformAsync(secret, "test platform", "test", CancellationToken.None);
        return secret;
    }

    /// <summary>A Thing with one Sensor, one ObservedProperty and one Datastream (°C, keep-first).</summary>
    public async Task<Datastream> DatastreamAsync(
        TenantId tenant, DuplicatePolicy policy = DuplicatePolicy.KeepFirst,
        PublicationState publication = PublicationState.Draft)
    {
        var thing = await new ThingStore(dataSource).AppendAsync(
            tenant, new Thing(default, tenant, "Station météo", "Toit de la mairie", null, publication), CancellationToken.None);
        var sensor = await new SensorStore(dataSource).AppendAsync(
            tenant,
            new Sensor(default, tenant, "ERS CO2", "Capteur intérieur", "application/pdf", "https://example.org/ers.pdf", null),
            CancellationToken.None);
        var property = await new ObservedPropertyStore(dataSource).AppendAsync(
            tenant,
            new ObservedProperty(default, tenant, "Température", "https://qudt.org/vocab/quantitykind/Temperature", "", null),
            CancellationToken.None);
        var datastream = await new DatastreamStore(dataSource).AppendAsync(
            tenant,
            new Datastream(
                default, tenant, thing.Id, sensor.Id, property.Id, "Température de l'air", "",
                new UnitOfMeasurement("degree Celsius", "°C", "ucum:Cel"),
                "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                null, null, policy, null, publication),
            CancellationToken.None);
        return datastream.Value;
    }
}
