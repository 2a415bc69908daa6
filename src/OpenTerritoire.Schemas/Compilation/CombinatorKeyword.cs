using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary><c>oneOf</c>, <c>anyOf</c> or <c>allOf</c>.</summary>
/// <remarks>
/// For oneOf and anyOf the branches are probed (issues counted, not reported) and one issue is reported for the
/// value, since the branch the sender meant is unknown; allOf reports every branch's issues.
/// </remarks>
internal sealed class CombinatorKeyword(string keyword, IReadOnlyList<SchemaNode> branches) : JsonKeyword
{
    public override void Validate(JsonElement value, JsonValidationState state)
    {
        if (keyword == "allOf")
        {
            foreach (var branch in branches)
            {
                branch.Validate(value, state);
            }

            return;
        }

        var passing = 0;
        state.BeginProbe();
        foreach (var branch in branches)
        {
            var before = state.Failures;
            branch.Validate(value, state);
            if (state.Failures == before)
            {
                passing++;
            }
        }

        state.EndProbe();
        if (keyword == "oneOf" && passing != 1)
        {
            state.Report(ValidationIssues.SchemaOneOf, value, "exactly one alternative");
        }
        else if (keyword == "anyOf" && passing == 0)
        {
            state.Report(ValidationIssues.SchemaAnyOf, value, "at least one alternative");
        }
    }
}
