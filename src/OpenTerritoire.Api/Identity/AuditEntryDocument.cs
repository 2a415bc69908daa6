using System.Text.Json;
using OpenTerritoire.Core.Identity;

namespace OpenTerritoire.Api.Identity;

/// <summary>An audit log entry on the wire.</summary>
public sealed record AuditEntryDocument(
    long Id,
    long TenantId,
    string Actor,
    string Action,
    string TargetType,
    string TargetId,
    DateTimeOffset At,
    string? RemoteAddress,
    JsonElement? Details)
{
    public static AuditEntryDocument From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.TenantId.Value, entry.Actor, entry.Action, entry.TargetType, entry.TargetId, entry.At,
            entry.RemoteAddress, entry.Details);
    }
}
