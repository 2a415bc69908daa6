using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Testing.Http;

/// <summary>HTTP clients of the in-process hub that present an API token.</summary>
public static class BearerClient
{
    public static HttpClient CreateClient(this HubApplication hub, ApiTokenSecret secret) =>
        hub.CreateClient(secret.Value);

    /// <summary>A client sending <c>Authorization: Bearer</c> with any text, valid or not.</summary>
    public static HttpClient CreateClient(this HubApplication hub, string bearer)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var client = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }

    public static HttpClient CreateClient(this HubFixture hub, ApiTokenSecret secret)
    {
        ArgumentNullException.ThrowIfNull(hub);
        return hub.Hub.CreateClient(secret);
    }
}
