using System.Security.Cryptography;
using System.Text;

namespace OpenTerritoire.Core.Ingestion;

/// <summary>A feed's secret: shown once at creation, stored only as its SHA-256, checked in constant time.</summary>
public static class FeedToken
{
    /// <summary>A new random secret (256 bits, URL-safe) and the hash to store.</summary>
    public static (string Secret, string Hash) New()
    {
        var secret = "otf_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (secret, Hash(secret));
    }

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>True when the request's <c>Authorization: Bearer</c> secret hashes to <paramref name="hash"/>.</summary>
    public static bool Matches(string? authorization, string hash)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var given = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim()));
        var stored = hash.Length == 64 ? Convert.FromHexString(hash) : [];
        return CryptographicOperations.FixedTimeEquals(given, stored);
    }
}
