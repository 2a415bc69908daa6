using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace OpenTerritoire.Testing.Http;

/// <summary>Asserts that a response is an RFC 9457 problem with a given status and first issue code.</summary>
public static class ProblemAssertions
{
    public static async Task<JsonElement> AssertProblemAsync(
        HttpResponseMessage response, HttpStatusCode status, string code, string? pointer = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var first = body.GetProperty("errors")[0];
        Assert.Equal(code, first.GetProperty("code").GetString());
        if (pointer is not null)
        {
            Assert.Equal(pointer, first.GetProperty("pointer").GetString());
        }

        return body;
    }
}
