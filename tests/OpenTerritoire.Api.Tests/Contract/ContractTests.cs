using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTerritoire.Testing;
using OpenTerritoire.Testing.Http;
using YamlDotNet.RepresentationModel;

namespace OpenTerritoire.Api.Tests.Contract;

/// <summary>openapi.yaml and the routes the hub serves are the same set: a route missing from either fails.</summary>
public sealed class ContractTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public void Routes_AndContract_AreEqual()
    {
        var served = ServedOperations();
        var declared = DeclaredOperations();

        Assert.Empty(served.Except(declared));
        Assert.Empty(declared.Except(served));
    }

    [Fact]
    public void Contract_EveryOperation_HasOperationIdMatchingEndpointName()
    {
        var names = hub.Hub.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .Where(name => name is not null)
            .ToHashSet(StringComparer.Ordinal);

        var operationIds = Operations(LoadContract()).Select(operation => operation.OperationId).ToList();

        Assert.All(operationIds, id => Assert.Contains(id, names));
    }

    [Fact]
    public async Task GetContract_Served_IsTheRepositoryFile()
    {
        var response = await hub.CreateClient().GetAsync(new Uri("/openapi.yaml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(RepositoryRoot.Combine("openapi.yaml")), await response.Content.ReadAsStringAsync());
    }

    private HashSet<string> ServedOperations() => hub.Hub.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            .Select(method => $"{method} {Normalise(endpoint.RoutePattern.RawText ?? string.Empty)}"))
        .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> DeclaredOperations() => Operations(LoadContract())
        .Select(operation => $"{operation.Method} {Normalise(operation.Path)}")
        .ToHashSet(StringComparer.Ordinal);

    private static YamlMappingNode LoadContract()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryRoot.Combine("openapi.yaml"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<(string Method, string Path, string OperationId)> Operations(YamlMappingNode root)
    {
        var paths = (YamlMappingNode)root.Children[new YamlScalarNode("paths")];
        foreach (var (path, item) in paths.Children)
        {
            foreach (var (method, operation) in ((YamlMappingNode)item).Children)
            {
                var name = ((YamlScalarNode)method).Value!;
                if (name is "parameters" or "summary" or "description")
                {
                    continue;
                }

                var operationId = ((YamlMappingNode)operation).Children.TryGetValue(new YamlScalarNode("operationId"), out var id)
                    ? ((YamlScalarNode)id).Value!
                    : string.Empty;
                yield return (name.ToUpperInvariant(), ((YamlScalarNode)path).Value!, operationId);
            }
        }
    }

    // Route parameters are compared by position only: {id:long} in a route equals {id} or {thingId} in the contract.
    private static string Normalise(string template)
    {
        var path = "/" + template.Trim('/');
        return System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "{}");
    }
}
