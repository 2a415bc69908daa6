using System.Globalization;
using OpenTerritoire.Core;

namespace OpenTerritoire.Api.Protection;

/// <summary>The catalogue of issues raised by the host's protections (<c>protection.*</c>).</summary>
public static class ProtectionIssues
{
    public static Issue TooManyRequests(int? retryAfterSeconds) => new(
        "protection.too-many-requests", "/", IssueSeverity.Error, IssueKind.TooManyRequests,
        "Too many requests; slow down.",
        "Trop de requêtes ; ralentissez.")
    {
        HintEn = retryAfterSeconds is { } seconds ? $"Try again in {seconds} s (see Retry-After)." : null,
        HintFr = retryAfterSeconds is { } secondes ? $"Réessayez dans {secondes} s (voir Retry-After)." : null,
    };

    public static Issue BodyTooLarge(long maximum) => new(
        "protection.body-too-large", "/", IssueSeverity.Error, IssueKind.TooLarge,
        $"The request body is larger than {maximum} bytes.",
        $"Le corps de la requête dépasse {maximum} octets.")
    {
        Expected = $"at most {maximum.ToString(CultureInfo.InvariantCulture)} bytes",
    };
}
