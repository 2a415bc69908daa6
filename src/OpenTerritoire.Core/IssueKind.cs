namespace OpenTerritoire.Core;

/// <summary>What sort of failure an issue is; the HTTP status follows from it, not from the handler.</summary>
public enum IssueKind
{
    /// <summary>The input is malformed or breaks a rule (400).</summary>
    Invalid,

    /// <summary>No credentials, or credentials that are not valid (401).</summary>
    Unauthenticated,

    /// <summary>Valid credentials without the right to do this (403).</summary>
    Forbidden,

    /// <summary>The thing named does not exist, or is not visible to the caller (404).</summary>
    NotFound,

    /// <summary>The request conflicts with the current state, such as a duplicate (409).</summary>
    Conflict,

    /// <summary>The body is larger than allowed (413).</summary>
    TooLarge,

    /// <summary>The media type is not one the endpoint reads (415).</summary>
    UnsupportedMediaType,

    /// <summary>Too many requests for this caller (429).</summary>
    TooManyRequests,

    /// <summary>A standard feature the server does not implement (501).</summary>
    NotImplemented,

    /// <summary>A dependency is down or saturated; try again later (503).</summary>
    Unavailable,
}
