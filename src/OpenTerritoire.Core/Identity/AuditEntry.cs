using System.Text.Json;
using OpenTerritoire.Core.Tenancy;

namespace OpenTerritoire.Core.Identity;

/// <summary>One privileged action in the append-only audit log: who, what, on what, when and from where.</summary>
/// <param name="Id">Assigned by the database; 0 before the entry is stored.</param>
/// <param name="Actor"><c>token:12</c>, <c>user:5</c>, <c>cli</c> or <c>bootstrap</c>.</param>
/// <param name="Action">A stable dotted name: <c>tenant.create</c>, <c>token.create</c>, <c>token.revoke</c>…</param>
/// <param name="RemoteAddress">The client's IP address (after trusted forwarding headers), when known.</param>
/// <param name="Details">Extra facts, never secrets nor personal data beyond the actor.</param>
public sealed record AuditEntry(
    long Id,
    TenantId TenantId,
    string Actor,
    string Action,
    string TargetType,
    string TargetId,
    DateTimeOffset At,
    string? RemoteAddress,
    JsonElement? Details);
