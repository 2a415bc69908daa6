namespace OpenTerritoire.Api.Protection;

/// <summary>Settings of the <c>Protection</c> section: body size, security headers and rate limits.</summary>
public sealed class ProtectionOptions
{
    public const string SectionName = "Protection";

    /// <summary>The largest request body accepted, in bytes (1 MiB by default); larger answers 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The Content-Security-Policy of every response.</summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Send Strict-Transport-Security on HTTPS responses; enable only once HTTPS is set up for good.</summary>
    public bool Hsts { get; set; }

    /// <summary>The HSTS max-age, one year by default.</summary>
    public int HstsMaxAgeSeconds { get; set; } = 31_536_000;

    /// <summary>Requests allowed per window and partition (a token, or a client IP without one).</summary>
    public int RateLimitPermits { get; set; } = 600;

    /// <summary>The rate-limit window, in seconds.</summary>
    public int RateLimitWindowSeconds { get; set; } = 60;
}
