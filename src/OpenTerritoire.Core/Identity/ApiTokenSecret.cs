using System.Security.Cryptography;
using System.Text;

namespace OpenTerritoire.Core.Identity;

/// <summary>
/// The secret of an API token, <c>ot_</c> followed by 43 base64url characters (256 random bits). It is shown once
/// and never stored: only <see cref="Hash"/> is. <see cref="ToString"/> shows the prefix only, so a secret that
/// reaches a log line by mistake is not disclosed.
/// </summary>
public readonly record struct ApiTokenSecret
{
    /// <summary>The marker every secret starts with, so that leaked tokens are easy to scan for.</summary>
    public const string Marker = "ot_";

    private const int MinimumLength = 32;
    private const int MaximumLength = 200;

    private ApiTokenSecret(string value) => Value = value;

    /// <summary>The whole secret, as the client sends it after <c>Bearer </c>.</summary>
    public string Value { get; }

    /// <summary>The first 8 characters, kept for display.</summary>
    public string Prefix => Value[..8];

    /// <summary>SHA-256 of the secret, lower-case hex: what is stored and looked up.</summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Value)));

    /// <summary>A new secret from the system's cryptographic random generator.</summary>
    public static ApiTokenSecret Generate() =>
        new(Marker + Base64UrlEncode(RandomNumberGenerator.GetBytes(32)));

    /// <summary>
    /// Reads a secret presented by a client or an operator: the marker, then at least 32 base64url characters.
    /// A SHA-256 of high-entropy input needs no slow hash; the length rule keeps guessable values out.
    /// </summary>
    public static bool TryParse(string? text, out ApiTokenSecret secret)
    {
        secret = default;
        if (text is null || text.Length > MaximumLength || !text.StartsWith(Marker, StringComparison.Ordinal)
            || text.Length - Marker.Length < MinimumLength)
        {
            return false;
        }

        foreach (var character in text.AsSpan(Marker.Length))
        {
            if (!(char.IsAsciiLetterOrDigit(character) || character is '-' or '_'))
            {
                return false;
            }
        }

        secret = new ApiTokenSecret(text);
        return true;
    }

    public override string ToString() => Value is null ? string.Empty : Prefix + "…";

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
