using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenTerritoire.Schemas.Reporting;

namespace OpenTerritoire.Schemas.Compilation;

/// <summary>The mutable state of validating one record: the instance path, the record root and where issues go.</summary>
/// <remarks>
/// The path is a stack of segments pushed and popped as the validator walks, so a valid record costs no allocation;
/// the pointer text is built only when an issue is reported. While probing <c>oneOf</c>/<c>anyOf</c> branches,
/// issues are only counted.
/// </remarks>
internal sealed class JsonValidationState
{
    private PathSegment[] path = new PathSegment[16];
    private int depth;
    private int probing;
    private List<ValidationEntry>? pending;

    public JsonValidationState(JsonElement root, string pointerPrefix, long? record, ValidationReportBuilder sink)
    {
        Root = root;
        PointerPrefix = pointerPrefix;
        Record = record;
        Sink = sink;
    }

    /// <summary>The record being validated, for pointers in <c>x-requiredWhen</c>.</summary>
    public JsonElement Root { get; }

    public string PointerPrefix { get; }

    public long? Record { get; }

    public ValidationReportBuilder Sink { get; }

    /// <summary>Issues reported (or counted while probing) so far.</summary>
    public int Failures { get; private set; }

    public void Push(string name)
    {
        Grow();
        path[depth++] = new PathSegment(name, -1);
    }

    public void Push(int index)
    {
        Grow();
        path[depth++] = new PathSegment(null, index);
    }

    public void Pop() => depth--;

    public void BeginProbe() => probing++;

    public void EndProbe() => probing--;

    /// <summary>When true, issues wait in a list until <see cref="Flush"/>, so a record found malformed halfway
    /// through a streamed pass can drop them (<see cref="Discard"/>) and report only that it is malformed.</summary>
    public bool Buffered { get; init; }

    public void Report(
        IssueDescriptor descriptor,
        JsonElement? value,
        string? expected,
        string? childName = null,
        string? suggestion = null) =>
        ReportText(descriptor, value is { } element ? ValueText(element) : null, expected, childName, suggestion);

    public void ReportText(
        IssueDescriptor descriptor,
        string? valueText,
        string? expected,
        string? childName = null,
        string? suggestion = null)
    {
        Failures++;
        if (probing > 0)
        {
            return;
        }

        var location = new IssueLocation(Pointer(childName)) { Record = Record };
        var entry = descriptor.WithSuggestion(location, valueText, suggestion, expected);
        if (Buffered)
        {
            (pending ??= []).Add(entry);
        }
        else
        {
            Sink.Add(entry);
        }
    }

    public void Flush()
    {
        if (pending is not null)
        {
            Sink.AddRange(pending);
            pending = null;
        }
    }

    public void Discard() => pending = null;

    public string Pointer(string? childName = null)
    {
        var builder = new StringBuilder(PointerPrefix);
        for (var i = 0; i < depth; i++)
        {
            builder.Append('/');
            if (path[i].Name is { } name)
            {
                builder.Append(JsonPointer.Escape(name));
            }
            else
            {
                builder.Append(path[i].Index.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (childName is not null)
        {
            builder.Append('/').Append(JsonPointer.Escape(childName));
        }

        return builder.ToString();
    }

    private static string ValueText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? string.Empty,
        JsonValueKind.Object => "{…}",
        JsonValueKind.Array => "[…]",
        _ => element.GetRawText(),
    };

    private void Grow()
    {
        if (depth == path.Length)
        {
            Array.Resize(ref path, path.Length * 2);
        }
    }
}
