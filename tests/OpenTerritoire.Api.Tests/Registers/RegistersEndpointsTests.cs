using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTerritoire.Core;
using OpenTerritoire.Core.Registers;
using OpenTerritoire.Testing.Builders;

namespace OpenTerritoire.Api.Tests.Registers;

/// <summary>The management API: validation, versions, diff, lifecycle, links, access and the dashboard.</summary>
public sealed class RegistersEndpointsTests(RegistersHubFixture hub) : IClassFixture<RegistersHubFixture>
{
    [Fact]
    public async Task Create_ValidSensor_ReturnsDraftVersionOne()
    {
        var tenant = await hub.Seed.TenantAsync();
        var document = new RegisterDocumentBuilder(RegisterKind.Sensor);

        var response = await hub.CreateClient(tenant.Id).PostAsJsonAsync("/api/registers/sensors", RegisterRequests.Body(document));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("draft", created.GetProperty("lifecycle").GetString());
        Assert.Equal(1, created.GetProperty("version").GetInt32());
        Assert.Equal(document.Slug, created.GetProperty("slug").GetString());
    }

    public static TheoryData<string, string, string, string> InvalidExamples => new()
    {
        { "sensors", "sensor-record", "missing-purposes", "/document/purposes" },
        { "sensors", "sensor-record", "video-retention-45-days", "/document/videoProtection/retentionDays" },
        { "algorithms", "algorithm-record", "missing-legal-basis", "/document/legalBasis" },
        { "algorithms", "algorithm-record", "automation-in-french", "/document/automationDegree" },
    };

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public async Task Create_InvalidExample_Returns400WithReportEntries(string register, string schema, string example, string pointer)
    {
        var tenant = await hub.Seed.TenantAsync();
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Testing.RepositoryRoot.Combine(
            "schemas", "transparency", schema, "examples", "invalid", example + ".json")));

        var response = await hub.CreateClient(tenant.Id).PostAsJsonAsync($"/api/registers/{register}", new JsonObject { ["document"] = document });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), error => error.GetProperty("pointer").GetString() == pointer);
        Assert.All(problem.GetProperty("errors").EnumerateArray(), error => Assert.StartsWith("schema.", error.GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""[1, 2]""", "")]
    [InlineData("""{"doc": {}}""", "/document")]
    [InlineData("""{"document": {}, "doNotShowAfter": "04/05/2026"}""", "/doNotShowAfter")]
    public async Task Create_MalformedBody_ReturnsMalformedRequest(string body, string pointer)
    {
        var tenant = await hub.Seed.TenantAsync();

        var response = await hub.CreateClient(tenant.Id).PostAsync(
            new Uri("/api/registers/sensors", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("register.malformed-request", error.GetProperty("code").GetString());
        Assert.Equal(pointer, error.GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task Create_WithoutToken_Returns401()
    {
        var response = await hub.CreateClient().PostAsJsonAsync(
            "/api/registers/sensors", RegisterRequests.Body(new RegisterDocumentBuilder(RegisterKind.Sensor)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("auth.unauthenticated", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Create_ReadScopeOnly_Returns403()
    {
        var tenant = await hub.Seed.TenantAsync();

        var response = await hub.CreateClient(tenant.Id, "read").PostAsJsonAsync(
            "/api/registers/sensors", RegisterRequests.Body(new RegisterDocumentBuilder(RegisterKind.Sensor)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_SameIdTwice_Returns409()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient(tenant.Id);
        var document = new RegisterDocumentBuilder(RegisterKind.Algorithm);
        await RegisterRequests.CreateAsync(client, document);

        var response = await client.PostAsJsonAsync("/api/registers/algorithms", RegisterRequests.Body(document));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Update_TwoVersions_HistoryAndDiffListChangedPointers()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient(tenant.Id);
        var document = new RegisterDocumentBuilder(RegisterKind.Sensor);
        var id = await RegisterRequests.CreateAsync(client, document);
        document.With("name", "Nouveau nom").With("operator", null).With("reference", "DEVEUI-2");

        var updated = await client.PutAsJsonAsync($"/api/registers/sensors/{id}", RegisterRequests.Body(document));
        var versions = await client.GetFromJsonAsync<JsonElement>($"/api/registers/sensors/{id}/versions");
        var diff = await client.GetFromJsonAsync<JsonElement>($"/api/registers/sensors/{id}/diff?from=1&to=2");

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal([1, 2], versions.EnumerateArray().Select(version => version.GetProperty("version").GetInt32()));
        var changes = diff.GetProperty("changes").EnumerateArray()
            .Select(change => (change.GetProperty("op").GetString(), change.GetProperty("path").GetString())).ToHashSet();
        Assert.Equal(
            new HashSet<(string?, string?)> { ("replace", "/name"), ("remove", "/operator"), ("replace", "/reference") },
            changes);
    }

    [Fact]
    public async Task Diff_UnknownVersion_Returns404VersionNotFound()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient(tenant.Id);
        var id = await RegisterRequests.CreateAsync(client, new RegisterDocumentBuilder(RegisterKind.Sensor));

        var response = await client.GetAsync(new Uri($"/api/registers/sensors/{id}/diff?from=1&to=7", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("register.version-not-found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Publish_Twice_SecondReturns409()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient(tenant.Id);
        var id = await RegisterRequests.CreateAsync(client, new RegisterDocumentBuilder(RegisterKind.Algorithm));

        var first = await client.PostAsync(new Uri($"/api/registers/algorithms/{id}/publish", UriKind.Relative), null);
        var second = await client.PostAsync(new Uri($"/api/registers/algorithms/{id}/publish", UriKind.Relative), null);
        var retired = await client.PostAsync(new Uri($"/api/registers/algorithms/{id}/retire", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("retired", (await retired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lifecycle").GetString());
    }

    [Fact]
    public async Task Get_OtherTenantsRecord_Returns404()
    {
        var owner = await hub.Seed.TenantAsync();
        var other = await hub.Seed.TenantAsync();
        var id = await RegisterRequests.CreateAsync(hub.CreateClient(owner.Id), new RegisterDocumentBuilder(RegisterKind.Sensor));

        var read = await hub.CreateClient(other.Id).GetAsync(new Uri($"/api/registers/sensors/{id}", UriKind.Relative));
        var write = await hub.CreateClient(other.Id).PutAsJsonAsync(
            $"/api/registers/sensors/{id}", RegisterRequests.Body(new RegisterDocumentBuilder(RegisterKind.Sensor)));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
    }

    [Fact]
    public async Task AddLink_Datastream_RaisesCompletenessByLinkWeight()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient(tenant.Id);
        var datastream = await hub.Seed.DatastreamAsync(tenant.Id);
        var id = await RegisterRequests.CreateAsync(client, new RegisterDocumentBuilder(RegisterKind.Sensor));
        var before = (await client.GetFromJsonAsync<JsonElement>($"/api/registers/sensors/{id}")).GetProperty("completeness");

        var added = await client.PostAsJsonAsync($"/api/registers/sensors/{id}/links", new { role = "describes", target = "datastream", id = datastream.Id.Value });
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/registers/sensors/{id}");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.False(before.GetProperty("hasLinks").GetBoolean());
        Assert.True(after.GetProperty("completeness").GetProperty("hasLinks").GetBoolean());
        Assert.Equal(before.GetProperty("score").GetInt32() + 20, after.GetProperty("completeness").GetProperty("score").GetInt32());
        Assert.Equal("datastream", after.GetProperty("links")[0].GetProperty("target").GetString());
    }

    [Fact]
    public async Task DeleteLink_Existing_Returns204AndRemovesIt()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient(tenant.Id);
        var datastream = await hub.Seed.DatastreamAsync(tenant.Id);
        var id = await RegisterRequests.CreateAsync(client, new RegisterDocumentBuilder(RegisterKind.Algorithm));
        await client.PostAsJsonAsync($"/api/registers/algorithms/{id}/links", new { role = "input", target = "datastream", id = datastream.Id.Value });

        var deleted = await client.DeleteAsync(new Uri(
            $"/api/registers/algorithms/{id}/links?role=input&target=datastream&targetId={datastream.Id.Value}", UriKind.Relative));
        var links = await client.GetFromJsonAsync<JsonElement>($"/api/registers/algorithms/{id}/links");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, links.GetArrayLength());
    }

    [Fact]
    public async Task Dashboard_MixedRecords_CountsOversightItems()
    {
        var tenant = await hub.Seed.TenantAsync();
        var client = hub.CreateClient(tenant.Id);
        var camera = new RegisterDocumentBuilder(RegisterKind.Sensor)
            .With("personalData", new JsonObject { ["processed"] = true, ["categories"] = new JsonArray("video") })
            .With("activeUntil", "2026-01-31")
            .With("reviewDate", "2026-02-01");
        await RegisterRequests.CreateAsync(client, camera);
        await RegisterRequests.CreateAsync(client, new RegisterDocumentBuilder(RegisterKind.Sensor));

        var dashboard = await client.GetFromJsonAsync<JsonElement>("/api/registers/dashboard");

        Assert.Equal(2, dashboard.GetProperty("sensors").GetInt32());
        Assert.Equal(0.5, dashboard.GetProperty("personalDataShare").GetDouble());
        Assert.Equal([$"sensor/{camera.Slug}"], dashboard.GetProperty("lackingDpia").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal([$"sensor/{camera.Slug}"], dashboard.GetProperty("sensorsPastActiveUntil").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal([$"sensor/{camera.Slug}"], dashboard.GetProperty("reviewsOverdue").EnumerateArray().Select(item => item.GetString()));
    }
}
