using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>The absolute addresses of the public registers, from the request's scheme, host and path base.</summary>
public static class PublicUrls
{
    /// <summary>The base address; forwarded headers have already been applied to the request.</summary>
    public static string Base(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    public static string Register(string baseUrl, RegisterKind kind) =>
        $"{baseUrl}/registers/{RegisterKindNames.ToPathSegment(kind)}";

    public static string Record(string baseUrl, RegisterKind kind, RegisterRecordId id) =>
        $"{Register(baseUrl, kind)}/{id}";
}
