using System.Text.Json;

namespace OpenTerritoire.Core.Registers;

/// <summary>The changed pointers between two JSON documents: objects by member, arrays by index, other values whole.</summary>
public static class DocumentDiff
{
    public static IReadOnlyList<DocumentChange> Compute(JsonElement from, JsonElement to)
    {
        var changes = new List<DocumentChange>();
        Walk(from, to, string.Empty, changes);
        return changes;
    }

    private static void Walk(JsonElement from, JsonElement to, string path, List<DocumentChange> changes)
    {
        if (from.ValueKind == JsonValueKind.Object && to.ValueKind == JsonValueKind.Object)
        {
            var before = from.EnumerateObject().ToDictionary(member => member.Name, member => member.Value, StringComparer.Ordinal);
            var after = to.EnumerateObject().ToDictionary(member => member.Name, member => member.Value, StringComparer.Ordinal);
            foreach (var (name, value) in before)
            {
                var child = path + "/" + Escape(name);
                if (after.TryGetValue(name, out var other))
                {
                    Walk(value, other, child, changes);
                }
                else
                {
                    changes.Add(new DocumentChange("remove", child, value.Clone(), null));
                }
            }

            foreach (var (name, value) in after.Where(pair => !before.ContainsKey(pair.Key)))
            {
                changes.Add(new DocumentChange("add", path + "/" + Escape(name), null, value.Clone()));
            }

            return;
        }

        if (from.ValueKind == JsonValueKind.Array && to.ValueKind == JsonValueKind.Array)
        {
            var common = Math.Min(from.GetArrayLength(), to.GetArrayLength());
            for (var index = 0; index < common; index++)
            {
                Walk(from[index], to[index], $"{path}/{index}", changes);
            }

            // Removals from the end first, so applying the list in order keeps the indexes right.
            for (var index = from.GetArrayLength() - 1; index >= common; index--)
            {
                changes.Add(new DocumentChange("remove", $"{path}/{index}", from[index].Clone(), null));
            }

            for (var index = common; index < to.GetArrayLength(); index++)
            {
                changes.Add(new DocumentChange("add", $"{path}/{index}", null, to[index].Clone()));
            }

            return;
        }

        if (!JsonElement.DeepEquals(from, to))
        {
            changes.Add(new DocumentChange("replace", path, from.Clone(), to.Clone()));
        }
    }

    // RFC 6901 §3: "~" is written "~0" and "/" is written "~1".
    private static string Escape(string name) =>
        name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
