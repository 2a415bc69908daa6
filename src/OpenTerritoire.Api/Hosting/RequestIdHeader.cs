namespace OpenTerritoire.Api.Hosting;

/// <summary>Echoes the request id (the one in every log line of the request) as <c>X-Request-Id</c>.</summary>
internal static class RequestIdHeader
{
    public const string Name = "X-Request-Id";

    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        context.Response.Headers[Name] = context.TraceIdentifier;
        return next();
    }
}
