using OpenTerritoire.Core.Registers;

namespace OpenTerritoire.Api.Registers;

/// <summary>A link on the wire: <c>{"role": "input", "target": "dataset", "id": 12}</c>.</summary>
public sealed record RegisterLinkView(string Role, string Target, long Id)
{
    public static RegisterLinkView From(RegisterLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new(RegisterLinkNames.ToName(link.Role), RegisterLinkNames.ToName(link.Target), link.TargetId);
    }

    /// <summary>Reads the wire form; <c>register.malformed-request</c> on unknown names.</summary>
    public Core.Result<RegisterLink> ToLink() =>
        RegisterLinkNames.TryParseRole(Role, out var role) && RegisterLinkNames.TryParseTarget(Target, out var target) && Id > 0
            ? Core.Result.Success(new RegisterLink(role, target, Id))
            : Core.Result.Failure<RegisterLink>(RegisterIssues.MalformedRequest(
                string.Empty,
                "a link is {role: describes|input|output, target: thing|sensor|datastream|dataset|record, id > 0}",
                "un lien est {role: describes|input|output, target: thing|sensor|datastream|dataset|record, id > 0}"));
}
