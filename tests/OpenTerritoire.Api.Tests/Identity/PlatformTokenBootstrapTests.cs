using System.Net;
using System.Net.Http.Json;
using OpenTerritoire.Core.Identity;
using OpenTerritoire.Storage.Identity;
using OpenTerritoire.Testing.Database;
using OpenTerritoire.Testing.Http;

namespace OpenTerritoire.Api.Tests.Identity;

public sealed class PlatformTokenBootstrapTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Start_AdminTokenSet_CreatesPlatformTokenThatCreatesTenants()
    {
        var secret = ApiTokenSecret.Generate();
        await using var hub = new HubApplication(database.ConnectionString, new Dictionary<string, string?>
        {
            [Api.Identity.PlatformTokenBootstrap.SettingKey] = secret.Value,
        });
        using var client = hub.CreateClient(secret);

        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 100 && status == HttpStatusCode.Unauthorized; attempt++)
        {
            status = (await client.GetAsync(new Uri("/api/tenants", UriKind.Relative))).StatusCode;
            if (status == HttpStatusCode.Unauthorized)
            {
                await Task.Delay(100);
            }
        }

        var created = await client.PostAsJsonAsync(
            "/api/tenants", new { kind = "departement", code = "bootstrap-" + Guid.NewGuid().ToString("N")[..8], name = "Haute-Garonne" });
        var token = await new ApiTokenStore(database.DataSource).FindBySecretAsync(secret, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Null(token?.TenantId);
        Assert.Equal("bootstrap", token?.CreatedBy);
    }
}
