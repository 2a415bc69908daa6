using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>
/// The authenticated caller of a request, bound as a handler parameter (<c>Caller caller</c>) on endpoints that
/// require authorisation: its <see cref="Principal"/> and the client address recorded in the audit log.
/// </summary>
public sealed record Caller(Principal Principal, string? RemoteAddress)
{
    /// <summary>Minimal API binding: null (400) only on an endpoint that forgot <c>RequireAuthorization</c>.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = PrincipalClaims.Read(context.User);
        return ValueTask.FromResult(principal is null
            ? null
            : new Caller(principal, context.Connection.RemoteIpAddress?.ToString()));
    }
}
