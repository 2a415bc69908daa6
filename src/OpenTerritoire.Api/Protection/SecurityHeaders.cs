using System.Globalization;
using Microsoft.Extensions.Options;

namespace OpenTerritoire.Api.Protection;

/// <summary>
/// Adds the security headers to every response, error pages included: they are set when the response starts, after
/// the exception handler may have cleared the headers.
/// </summary>
internal static class SecurityHeaders
{
    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<ProtectionOptions>>().Value;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = options.ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (options.Hsts && context.Request.IsHttps)
            {
                headers.StrictTransportSecurity =
                    $"max-age={options.HstsMaxAgeSeconds.ToString(CultureInfo.InvariantCulture)}; includeSubDomains";
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
