namespace OpenTerritoire.Api.Hosting;

/// <summary>The language to answer in: <c>?lang=</c> first, then Accept-Language, then the face's default.</summary>
public static class RequestLanguage
{
    /// <summary>"fr" or "en".</summary>
    public static string Resolve(HttpContext context, string fallback)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query["lang"].ToString();
        if (query is "fr" or "en")
        {
            return query;
        }

        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1.0)
            .Select(value => value.Value.Value)
            .FirstOrDefault(value => value is not null && (value.StartsWith("fr", StringComparison.OrdinalIgnoreCase)
                || value.StartsWith("en", StringComparison.OrdinalIgnoreCase)));
        return preferred is null ? fallback : preferred[..2].ToLowerInvariant();
    }
}
